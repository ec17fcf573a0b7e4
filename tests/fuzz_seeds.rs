//! The share-link fuzz target starts from valid inputs (fuzz/seeds/url_state:
//! links, scenario files and saved work for the 2014 data), so that its
//! mutations get past the prefix check into the decoding. If the link format
//! changes, this fails before the seeds silently stop being valid.

use barometer::io::share;

#[test]
fn the_share_link_seeds_are_valid_links_files_and_saved_work() {
    let data = barometer::data::pejlemaerker_2014().unwrap();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/seeds/url_state");
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let dropped = if name.starts_with("link") {
            share::decode_link(&text, &data).map(|(_, d)| d)
        } else if name.starts_with("file") {
            share::decode_shared(&text, &data).map(|(_, d)| d)
        } else {
            share::decode_saved(&text, &data).map(|(_, d)| d)
        };
        assert_eq!(dropped, Ok(vec![]), "{name} is not a valid seed");
        seen += 1;
    }
    assert!(seen >= 9, "the seeds are there ({seen})");
}
