//! One component per file. Each renders what it is given and reports user
//! intent as an `Action`.

pub mod barometer_over_time;
pub mod chart_figure;
pub mod compare_table;
pub mod compass_panel;
pub mod data_panel;
pub mod import_preview;
pub mod guidepost_detail;
pub mod hindsight;
pub mod menu;
pub mod method_panel;
pub mod milestones;
pub mod notices;
pub mod over_time;
pub mod overview;
pub mod number_field;
pub mod presentation;
pub mod proposals;
pub mod print_report;
pub mod scenario_bar;
pub mod subgoal_editor;
pub mod subgoal_table;
pub mod tool_bar;
pub mod year_table;
