// The passes that pair the tasks of two worksheets (task_matching.h).
#include "cptt/task_matching.h"

#include <set>
#include <sstream>
#include <string>

namespace cptt {
namespace {

std::set<std::string> words(const std::string& s) {
  std::set<std::string> out;
  std::istringstream in(s);
  for (std::string w; in >> w;) {
    for (char& c : w)
      if (c >= 'A' && c <= 'Z')
        c = static_cast<char>(c - 'A' + 'a');
    out.insert(w);
  }
  return out;
}

// Names sharing at least half of all their distinct words.
bool similar_names(const std::string& a, const std::string& b) {
  const std::set<std::string> wa = words(a), wb = words(b);
  std::size_t common = 0;
  for (const std::string& w : wa)
    common += wb.count(w);
  const std::size_t all = wa.size() + wb.size() - common;
  return all > 0 && common * 2 >= all;
}

bool same_origin(const Task& x, const Task& y) {
  return x.catalogue_ref == y.catalogue_ref && x.norm.kind == y.norm.kind;
}

} // namespace

std::vector<int> match_tasks(const std::vector<Task>& a, const std::vector<Task>& b) {
  std::vector<int> a_to_b(a.size(), -1);
  std::vector<bool> used(b.size(), false);
  pair_in_order(a, b, a_to_b, used,
                [](const Task& x, const Task& y) { return x.name == y.name && same_origin(x, y); });
  pair_in_order(a, b, a_to_b, used, [](const Task& x, const Task& y) {
    return (!x.catalogue_ref.empty() || x.norm.kind != NormKind::none) && same_origin(x, y);
  });
  pair_in_order(a, b, a_to_b, used, [](const Task& x, const Task& y) { return x.name == y.name; });
  pair_in_order(a, b, a_to_b, used, [](const Task& x, const Task& y) {
    return x.hours == y.hours && x.services == y.services && x.other_costs == y.other_costs;
  });
  pair_in_order(a, b, a_to_b, used,
                [](const Task& x, const Task& y) { return similar_names(x.name, y.name); });
  return a_to_b;
}

} // namespace cptt
