//! Reading a downloaded workbook as rows of text cells, changing cells by a row's key, and writing it
//! back as another program would (every cell text). Included by `api` and `browser` with `#[path]`:
//! the framework workbook's tests change cells the same way whether they upload through the API or
//! through the page.

use calamine::{Reader, Xlsx};
use std::collections::BTreeMap;

/// Every sheet of a workbook as rows of text cells (the header first).
pub type Sheets = BTreeMap<String, Vec<Vec<String>>>;

/// The sheet names in their order, and every sheet's rows.
pub fn sheets(bytes: &[u8]) -> (Vec<String>, Sheets) {
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes.to_vec())).unwrap();
    let names = book.sheet_names();
    let mut out = BTreeMap::new();
    for n in &names {
        let range = book.worksheet_range(n).unwrap();
        let width = range.width();
        let rows = range
            .rows()
            .map(|r| {
                (0..width)
                    .map(|i| r.get(i).map(|c| c.to_string()).unwrap_or_default())
                    .collect()
            })
            .collect();
        out.insert(n.clone(), rows);
    }
    (names, out)
}

/// The workbook of `sheets` in the order `names`, every cell text.
pub fn write(names: &[String], sheets: &Sheets) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    for n in names {
        let ws = book.add_worksheet();
        ws.set_name(n).unwrap();
        for (r, row) in sheets[n].iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                if !cell.is_empty() {
                    ws.write_string(r as u32, c as u16, cell).unwrap();
                }
            }
        }
    }
    book.save_to_buffer().unwrap()
}

/// The 0-based index of the row whose columns `key` hold the given values, and the position of `col`.
pub fn find(sheets: &Sheets, sheet: &str, key: &[(&str, &str)], col: &str) -> (usize, usize) {
    let rows = &sheets[sheet];
    let at = |name: &str| rows[0].iter().position(|h| h == name).unwrap();
    let r = rows
        .iter()
        .position(|row| key.iter().all(|(k, v)| row[at(k)] == *v))
        .unwrap_or_else(|| panic!("{sheet} has no row {key:?}"));
    (r, at(col))
}

/// Sets column `col` of the row `key` of `sheet` to `value`, and returns the row's 1-based sheet row.
pub fn set(sheets: &mut Sheets, sheet: &str, key: &[(&str, &str)], col: &str, value: &str) -> usize {
    let (r, c) = find(sheets, sheet, key, col);
    sheets.get_mut(sheet).unwrap()[r][c] = value.to_owned();
    r + 1
}
