//! People: the stakeholder map shared by all plans, check-ins, one-on-ones and their agenda
//! rules.

pub(crate) mod agenda;
pub(crate) mod one_on_one;
pub(crate) mod stakeholder;
