#pragma once
// Which task of one worksheet is which task of another. Tasks carry no id in the file format, so
// they are paired in passes, each pass pairing in order what the earlier ones left:
//   1. the same name and the same catalogue reference and norm (a task copied by "Chép →"),
//   2. the same catalogue reference, or the same official norm,
//   3. the same name,
//   4. the same figures (hours, services, other costs),
//   5. names sharing at least half of their words (a task renamed, not replaced).
// A reordered sheet thus pairs every task; what is left is removed or added. Used by the diff of
// two dossier versions and by the comparison of a procedure's current and proposed worksheets.
//
//   const std::vector<int> a_to_b = cptt::match_tasks(current.tasks, proposed.tasks);
//   // a_to_b[i]: the index in proposed.tasks of current.tasks[i], or −1 (removed)
#include "cptt/model.h"

#include <cstddef>
#include <vector>

namespace cptt {

// For each task of `a`, the index of its counterpart in `b`, or −1.
std::vector<int> match_tasks(const std::vector<Task>& a, const std::vector<Task>& b);

// One pass of a pairing: each unpaired a[i], in order, takes the first unpaired b[j] that `same`
// accepts. a_to_b holds −1 for unpaired rows; b_used marks the rows of b already taken.
template <class T, class Same>
void pair_in_order(const std::vector<T>& a, const std::vector<T>& b, std::vector<int>& a_to_b,
                   std::vector<bool>& b_used, Same same) {
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a_to_b[i] >= 0)
      continue;
    for (std::size_t j = 0; j < b.size(); ++j)
      if (!b_used[j] && same(a[i], b[j])) {
        a_to_b[i] = static_cast<int>(j);
        b_used[j] = true;
        break;
      }
  }
}

} // namespace cptt
