//! One component per file. Each renders what it is given and reports user
//! intent as an `Action`.

pub mod guidepost_row;
pub mod method_panel;
pub mod scale_bar;
pub mod subgoal_table;
