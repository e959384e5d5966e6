/*
 * The command's help, in English with the Vietnamese terms an officer knows (the guide
 * docs/command.md says the same in full, with the Vietnamese column headers).
 */

export const MAIN_HELP = `vn-poverty: Vietnam's multidimensional poverty standards (chuẩn nghèo đa chiều) from the command line

Usage: vn-poverty <command> [options]

Commands:
  assess <input>     assess every household of a file (đánh giá hộ nghèo, hộ cận nghèo)
  report <input>     a review's report: one HTML page that works offline, and a summary (báo cáo)
  explain <file>     one household's assessment in words, indicator by indicator, with the law cited
  rank <input>       rank households for housing support (hỗ trợ nhà ở, Project 5)
  allocate <units>   divide a budget among units by a criteria table (phân bổ vốn)

Inputs: JSON (an array of households), NDJSON (.ndjson, one household a line), CSV as two tables
(households and members, joined by household id), or an Excel workbook (.xlsx) with a households
sheet and a members sheet.

Exit codes: 0 every row assessed; 1 some rows refused (outputs written, refused rows in the errors
file); 2 a usage or input-file error (nothing written); 3 a fault of the command (please report it).

Run "vn-poverty <command> --help" for a command's options. Guide: docs/command.md.
`;

const STANDARD_OPTIONS = `Choosing the standard (chuẩn nghèo) and the reference date (ngày tham chiếu):
  --on DATE            the reference date, YYYY-MM-DD: ages are taken on it; alone, it picks the
                       standard in force on that date
  --review-year Y      the annual review (rà soát định kỳ) held in year Y, which uses the standard of
                       Y + 1; without --on the date is 1 September of Y
  --policy-year Y      the standard of policy year Y; without --on the date is 1 January of Y
  --standard ID        a named edition: qd59-2015, nd07-2021 or nd351-2025 (with --on)`;

export const ASSESS_HELP = `Usage: vn-poverty assess <input> [--on DATE | --review-year Y | --policy-year Y]
                        [--standard ID] [--members FILE] [--out FILE] [--errors FILE] [--lang vi|en]

Assesses every household of <input> (đánh giá từng hộ): the category (phân loại: hộ nghèo, hộ cận
nghèo, hộ có mức sống trung bình, hộ không nghèo, or chưa xác định được when facts are missing),
the programme's answer (poverty: poor, near-poor or neither), the deprived and unknown indicators
(chỉ số thiếu hụt), the reasons and the facts that would decide an undetermined household.

${STANDARD_OPTIONS}

Files:
  <input>              .json (an array of households), .ndjson (one a line), .csv (the households
                       table; see --members), .xlsx (sheets "households"/"Hộ" and "members"/"Thành viên")
  --members FILE       the members table (bảng thành viên) of a CSV input; by default X.members.csv
                       beside X.csv, or members.csv beside households.csv
  --out FILE           the assessed households: .csv, .xlsx, .json or .ndjson
                       (default: <input>.assessed.<ext> beside the input)
  --errors FILE        the refused rows with every problem: .csv, .xlsx, .json or .ndjson
                       (default: <input>.errors.<ext>); always written, empty when none
  --lang vi|en         the language of labels, reasons and messages (default vi)

Columns are the contract's field names (income.annualTotal, members' birthDate…) or their
Vietnamese headers ("Mã hộ", "Ngày sinh"…); docs/command.md lists them all.

Outputs are written under a temporary name and renamed when complete. CSV and NDJSON stream: a
million households go through in flat memory. A progress line shows on a terminal.

Exit codes: 0 every row assessed; 1 some rows refused; 2 a usage or input-file error; 3 a fault of
the command (please report it).

Example:
  vn-poverty assess examples/data/thai-nguyen-synthetic.households.csv --review-year 2025
`;

export const EXPLAIN_HELP = `Usage: vn-poverty explain <file> [--id ID] [--on DATE | --review-year Y | --policy-year Y]
                         [--standard ID] [--members FILE] [--lang vi|en]

Explains one household's assessment in words (giải thích kết quả), indicator by indicator, with
the figures compared and the law cited (căn cứ pháp lý): the text an officer reads to a household.

<file> is a JSON file holding one household, or any input "assess" reads, with --id to choose the
household (every household of the file when it holds one; --id is needed otherwise).

${STANDARD_OPTIONS}

  --id ID              the household to explain (mã hộ)
  --members FILE       the members table of a CSV input
  --lang vi|en         Vietnamese (default) or English

A household that the contract refuses is not explained: its problems are listed, exit code 1.
Exit codes: 0 explained; 1 the household refused; 2 a usage or input-file error; 3 a fault of the
command (please report it).

Example:
  vn-poverty explain household.json --on 2025-10-01
`;

export const ALLOCATE_HELP = `Usage: vn-poverty allocate <units.csv> --total AMOUNT --criteria FILE [--unit 1000000]
                          [--out FILE] [--lang vi|en]

Divides a budget (phân bổ vốn) among units (provinces, communes, projects) by a criteria table
(bảng tiêu chí và hệ số), so that the parts add up exactly to the total and each amount is
explained: points per criterion, share, amount before rounding, floor or cap, rounding.

  <units.csv>          one row per unit: "id" (mã), "name" (tên, optional), one column per
                       criterion of the table (its id), "category.<table>" for each coefficient
                       table (hệ số), "floor" (mức tối thiểu) and "cap" (mức tối đa), optional
  --total AMOUNT       the total in đồng: 10000000000 or 10.000.000.000
  --criteria FILE      the criteria table as JSON (the library's CriteriaTable), or "example" for
                       the library's illustrative commune table (not any province's rule)
  --unit N             the rounding unit in đồng: 1, 10, 100 … 1000000000 (default 1)
  --out FILE           the allocation with its explanation columns: .csv or .xlsx
                       (default: <units>.allocation.csv)
  --lang vi|en         the language of the table printed and the reasons (default vi)

Exit codes: 0 allocated; 2 a usage or input error (every problem listed with its row and column);
3 a fault of the command (please report it).

Example:
  vn-poverty allocate communes.csv --total 10000000000 --criteria example --unit 1000000
`;

export const RANK_HELP = `Usage: vn-poverty rank <input> --houses N [--on DATE | --review-year Y | --policy-year Y]
                       [--standard ID] [--members FILE] [--out FILE] [--errors FILE] [--lang vi|en]

Ranks the households of <input> for housing support (hỗ trợ nhà ở, Project 5 of the programme):
each household's eligibility with its reasons, its priority level (mức ưu tiên, Decision 90/QĐ-TTg),
its place in the order, and whether it is among the N houses supported (or undecided, when
missing facts could bring it in). Eligibility reads the programme facts (location.poorDistrict,
formedOn, earlierHousingSupport…): without them a household is undetermined.

${STANDARD_OPTIONS}

  --houses N           how many houses can be supported (số nhà được hỗ trợ)
  --members FILE       the members table of a CSV input
  --out FILE           the ranking: .csv, .xlsx, .json or .ndjson (default: <input>.ranked.<ext>)
  --errors FILE        the refused rows (default: <input>.errors.<ext>)
  --lang vi|en         Vietnamese (default) or English

Exit codes: 0 every row ranked; 1 some rows refused (outputs written); 2 a usage or input-file
error; 3 a fault of the command (please report it).

Example:
  vn-poverty rank examples/data/thai-nguyen-synthetic.households.csv --review-year 2024 --houses 20
`;

export const REPORT_HELP = `Usage: vn-poverty report <input> --html FILE [--on DATE | --review-year Y | --policy-year Y]
                        [--standard ID] [--members FILE] [--previous FILE [--previous-members FILE]
                        [--previous-on DATE]] [--errors FILE] [--synthetic] [--lang vi|en]

Writes the report of a review (báo cáo kết quả rà soát) as one HTML file that works offline, and
prints its summary: totals and rates by category with their bounds, by commune (theo xã), the
plan's priority groups (nhóm ưu tiên), the deprivation profile (chỉ số thiếu hụt), the
Alkire-Foster table, the transitions from a previous review (biến động) and progress against the
programme's targets (mục tiêu), with charts (Chart.js, inside the file).

${STANDARD_OPTIONS}

Files:
  <input>              the review: .json, .ndjson, .csv (with its members table) or .xlsx, as
                       "assess" reads them
  --html FILE          where to write the report (.html)
  --members FILE       the members table of a CSV input
  --previous FILE      the previous review, any input format: adds the transitions, household by
                       household, matched by id. It is assessed as the current one a year earlier
                       (--review-year 2025 → 2024, --on 2025-10-01 → 2024-10-01)
  --previous-members FILE   the members table of a CSV previous review
  --previous-on DATE   the previous review's reference date, when not a year before
  --errors FILE        the refused rows of both reviews with every problem: .csv, .xlsx, .json or
                       .ndjson (default: <input>.errors.<ext>); always written, empty when none
  --synthetic          say on the page and in the summary that the households are invented
  --lang vi|en         the language of the report and the summary (default vi)

Exit codes: 0 every row assessed; 1 some rows refused (the report counts them and lists the first
twenty; the errors file has them all); 2 a usage or input-file error (nothing written); 3 a fault of
the command (please report it).

Example:
  vn-poverty report examples/data/thai-nguyen-synthetic.households.csv --review-year 2024 \\
    --html report.html --synthetic
`;
