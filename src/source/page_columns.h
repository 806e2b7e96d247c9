// Two-column pages: PDF text in physical layout has both columns side by side on each line; readers
// need the left column before the right one.
#ifndef KAMERGRAAF_SOURCE_PAGE_COLUMNS_H_
#define KAMERGRAAF_SOURCE_PAGE_COLUMNS_H_

#include <string>
#include <string_view>

namespace kamergraaf {

// Finds a gutter in `page` (lines as poppler's physical layout writes them, columns padded with spaces):
// a character position where at least six lines, and three times as many as cross it, have three blank
// cells with text on both sides. Lines that do not cross it are split there; each run of them is written as
// its left halves, then its right halves. Lines that cross the gutter (a page head, a footnote over the
// full width), or whose right part does not start where the right column's lines do (a date set flush
// right), stay where they are and end a run. A page without such a gutter is returned unchanged.
// Character positions count UTF-8 code points, not bytes.
std::string UnfoldColumns(std::string_view page);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_SOURCE_PAGE_COLUMNS_H_
