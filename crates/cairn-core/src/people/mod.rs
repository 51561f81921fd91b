//! People: the stakeholder map shared by all plans, check-ins, one-on-ones and their agenda
//! rules, and the people the person mentors.

pub(crate) mod agenda;
pub(crate) mod mentee;
pub(crate) mod mentoring;
pub(crate) mod one_on_one;
pub(crate) mod stakeholder;
