// The style sheet and script of report.html: constant text, no document data. The script reads the
// page's data from `const KG = {lang, i18n, tables}` (report_html.cc writes it just before) and draws
// each table's current page, its filters, sorting and paging.
#ifndef KAMERGRAAF_OUTPUT_REPORT_PAGE_H_
#define KAMERGRAAF_OUTPUT_REPORT_PAGE_H_

#include <string_view>

namespace kamergraaf {

std::string_view ReportPageCss();
std::string_view ReportPageScript();

}  // namespace kamergraaf

#endif  // KAMERGRAAF_OUTPUT_REPORT_PAGE_H_
