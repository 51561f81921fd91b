//! Each IPC command is declared once: a `#[tauri::command]` function in `src/commands/<area>.rs`.
//! This script reads those files and produces everything else from them:
//! - the app manifest (a command not named there is unreachable from the webview);
//! - the capability that grants the main window every one of them, and nothing else;
//! - `$OUT_DIR/commands.rs`: the invoke handler (`commands::handler`);
//! - `$OUT_DIR/signatures.rs`: each command's name, doc, argument names and Rust types, which
//!   `tests/ipc/bindings.rs` turns into the typed TypeScript client (`ui/src/lib/bindings/commands.ts`).
//!
//! Reading the source with `syn` rather than listing the commands by hand is what keeps the five in
//! step; `syn` is already compiled for Tauri's own macros, so this costs the build next to nothing.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use quote::ToTokens;

/// Arguments Tauri fills in itself; the webview never sends them.
const INJECTED: &[&str] = &["State", "AppHandle", "Window", "WebviewWindow", "Webview"];

struct Command {
    area: String,
    name: String,
    docs: Vec<String>,
    /// (name as the webview sends it, Rust type)
    args: Vec<(String, String)>,
    /// The `T` of `Result<T, IpcError>`.
    result: String,
}

fn main() {
    let dir = Path::new("src/commands");
    println!("cargo:rerun-if-changed={}", dir.display());
    let commands = read_commands(dir);
    let names: Vec<&'static str> = commands.iter().map(|c| &*c.name.clone().leak()).collect();
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));

    write_if_changed(&out.join("commands.rs"), &handler_source(&commands));
    write_if_changed(&out.join("signatures.rs"), &signatures_source(&commands));
    let capabilities = out.join("capabilities");
    fs::create_dir_all(&capabilities).expect("create OUT_DIR/capabilities");
    write_if_changed(&capabilities.join("default.json"), &capability_json(&commands));
    let pattern: &'static str = format!("{}/*.json", capabilities.display()).leak();

    tauri_build::try_build(
        tauri_build::Attributes::new()
            .capabilities_path_pattern(pattern)
            .app_manifest(tauri_build::AppManifest::new().commands(names.leak())),
    )
    .expect("tauri build script failed");
}

/// Every `#[tauri::command]` function at the top of each area file, areas in file-name order.
fn read_commands(dir: &Path) -> Vec<Command> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .expect("read src/commands")
        .map(|e| e.expect("list src/commands").path())
        .filter(|p| p.extension().is_some_and(|x| x == "rs") && p.file_stem().is_some_and(|s| s != "mod"))
        .collect();
    files.sort();
    let mut commands = Vec::new();
    for path in files {
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).expect("read a command file");
        let file = syn::parse_file(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let area = path.file_stem().expect("a file name").to_string_lossy().into_owned();
        for item in file.items {
            let syn::Item::Fn(f) = item else { continue };
            let Some(attr) = f.attrs.iter().find(|a| is_command_attr(a)) else { continue };
            commands.push(command(&area, &f, camel_case_args(attr)));
        }
    }
    let mut seen = std::collections::BTreeSet::new();
    for c in &commands {
        assert!(seen.insert(&c.name), "two commands are called {}", c.name);
    }
    commands
}

fn is_command_attr(attr: &syn::Attribute) -> bool {
    let segments: Vec<String> = attr.path().segments.iter().map(|s| s.ident.to_string()).collect();
    segments == ["tauri", "command"] || segments == ["command"]
}

/// Tauri renames arguments to camelCase unless the command says `rename_all = "snake_case"`.
fn camel_case_args(attr: &syn::Attribute) -> bool {
    !attr.to_token_stream().to_string().contains("\"snake_case\"")
}

fn command(area: &str, f: &syn::ItemFn, camel: bool) -> Command {
    let name = f.sig.ident.to_string();
    let docs = f
        .attrs
        .iter()
        .filter_map(|a| match &a.meta {
            syn::Meta::NameValue(nv) if nv.path.is_ident("doc") => match &nv.value {
                syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }) => Some(s.value().trim().to_owned()),
                _ => None,
            },
            _ => None,
        })
        .collect();
    let mut args = Vec::new();
    for input in &f.sig.inputs {
        let syn::FnArg::Typed(arg) = input else { panic!("{name}: a command takes no self") };
        if injected(&arg.ty) {
            continue;
        }
        let syn::Pat::Ident(ident) = &*arg.pat else { panic!("{name}: name each argument") };
        let rust_name = ident.ident.to_string();
        let sent = if camel { camel_case(&rust_name) } else { rust_name };
        args.push((sent, arg.ty.to_token_stream().to_string()));
    }
    let result = match &f.sig.output {
        syn::ReturnType::Default => "()".to_owned(),
        syn::ReturnType::Type(_, ty) => ok_type(ty).unwrap_or_else(|| ty.to_token_stream().to_string()),
    };
    Command { area: area.to_owned(), name, docs, args, result }
}

fn last_segment(ty: &syn::Type) -> Option<&syn::PathSegment> {
    match ty {
        syn::Type::Path(p) => p.path.segments.last(),
        syn::Type::Reference(r) => last_segment(&r.elem),
        _ => None,
    }
}

fn injected(ty: &syn::Type) -> bool {
    last_segment(ty).is_some_and(|s| INJECTED.contains(&s.ident.to_string().as_str()))
}

/// `T` out of `Result<T, E>`.
fn ok_type(ty: &syn::Type) -> Option<String> {
    let segment = last_segment(ty).filter(|s| s.ident == "Result")?;
    let syn::PathArguments::AngleBracketed(generics) = &segment.arguments else { return None };
    match generics.args.first()? {
        syn::GenericArgument::Type(ok) => Some(ok.to_token_stream().to_string()),
        _ => None,
    }
}

fn camel_case(snake: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for ch in snake.chars() {
        if ch == '_' {
            upper = true;
        } else if upper {
            out.extend(ch.to_uppercase());
            upper = false;
        } else {
            out.push(ch);
        }
    }
    out
}

fn handler_source(commands: &[Command]) -> String {
    let mut s = String::from("// Generated by build.rs from the #[tauri::command] functions in src/commands.\n\n");
    s.push_str("/// The invoke handler with every command of every area.\n");
    s.push_str(
        "pub fn handler<R: tauri::Runtime>() -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {\n",
    );
    s.push_str("    tauri::generate_handler![\n");
    for c in commands {
        let _ = writeln!(s, "        {}::{},", c.area, c.name);
    }
    s.push_str("    ]\n}\n");
    s
}

/// Calls to `signature(name, docs, args, result)` and `arg::<T>(name)` / `ty::<T>()`, which the
/// including file defines; the types resolve against that file's imports.
fn signatures_source(commands: &[Command]) -> String {
    let mut s = String::from("// Generated by build.rs from the #[tauri::command] functions in src/commands.\n\n");
    s.push_str("pub fn signatures() -> Vec<Signature> {\n    vec![\n");
    for c in commands {
        let args: Vec<String> = c.args.iter().map(|(n, t)| format!("arg::<{t}>({n:?})")).collect();
        let _ = writeln!(
            s,
            "        signature({:?}, &{:?}, vec![{}], ty::<{}>()),",
            c.name,
            c.docs,
            args.join(", "),
            c.result
        );
    }
    s.push_str("    ]\n}\n");
    s
}

fn capability_json(commands: &[Command]) -> String {
    let permissions: Vec<String> =
        commands.iter().map(|c| format!("    \"allow-{}\"", c.name.replace('_', "-"))).collect();
    format!(
        "{{\n  \"identifier\": \"default\",\n  \"description\": \"What Cairn's main window may call: Cairn's own commands and nothing else.\",\n  \"windows\": [\"main\"],\n  \"permissions\": [\n{}\n  ]\n}}\n",
        permissions.join(",\n")
    )
}

/// Rewrites only on change, so an unchanged build script output does not rebuild the crate.
fn write_if_changed(path: &Path, text: &str) {
    if fs::read_to_string(path).is_ok_and(|old| old == text) {
        return;
    }
    fs::write(path, text).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
}
