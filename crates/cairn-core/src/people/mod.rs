//! People: the stakeholder map shared by all plans, check-ins and reminders, one-on-ones and
//! their agenda rules.

pub(crate) mod agenda;
pub(crate) mod one_on_one;
pub(crate) mod reminder;
pub(crate) mod stakeholder;
