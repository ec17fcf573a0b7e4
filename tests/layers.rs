//! The core's dependencies point one way (ARCHITECTURE.md, "Layers"): a
//! module uses only modules of a lower layer (and its own submodules). The
//! plain types at the bottom know no words; Danish rendering (`i18n`) sits
//! above the method and the scenarios and below the readers, writers and
//! charts that print Danish numbers. A `crate::x` reference that points up
//! fails here, naming the file.

use std::path::Path;

/// Top-level modules, lowest layer first; one layer per line.
const LAYERS: &[&[&str]] = &[
    &["model", "limits", "problem"],
    &["method"],
    &["scenario"],
    &["i18n"],
    &["io"],
    &["compass", "data"],
    &["exchange", "charts"],
    &["cli", "app"],
];

fn layer(module: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&module))
}

/// The top-level modules a file names as `crate::x` or `crate::{x, y}`.
fn uses(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let code: String = text.lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n");
    for (i, _) in code.match_indices("crate::") {
        let rest = &code[i + "crate::".len()..];
        if let Some(list) = rest.strip_prefix('{') {
            let end = list.find('}').unwrap_or(list.len());
            out.extend(list[..end].split(',').map(|p| p.trim().split("::").next().unwrap_or("").to_string()));
        } else {
            out.push(rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect());
        }
    }
    out.retain(|m| !m.is_empty());
    out
}

fn files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_module_uses_only_lower_layers() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut all = Vec::new();
    files(&src, &mut all);
    let mut wrong = Vec::new();
    for path in &all {
        let rel = path.strip_prefix(&src).unwrap();
        let top = rel.iter().next().unwrap().to_string_lossy().trim_end_matches(".rs").to_string();
        if matches!(top.as_str(), "lib" | "main" | "bin") {
            continue;
        }
        let own = layer(&top).unwrap_or_else(|| panic!("src/{} is in no layer: add its module to LAYERS", rel.display()));
        for used in uses(&std::fs::read_to_string(path).unwrap()) {
            if used == top {
                continue;
            }
            match layer(&used) {
                Some(l) if l < own => {}
                Some(_) => wrong.push(format!("src/{} ({top}) uses crate::{used}, which is not below it", rel.display())),
                None => wrong.push(format!("src/{} uses crate::{used}, which is in no layer", rel.display())),
            }
        }
    }
    assert!(wrong.is_empty(), "dependencies that point up or sideways:\n{}", wrong.join("\n"));
}

#[test]
fn the_layer_check_sees_both_forms_of_a_use() {
    assert_eq!(uses("use crate::io::json;\nuse crate::{model, i18n::value};\n// crate::app"), ["io", "model", "i18n"]);
}
