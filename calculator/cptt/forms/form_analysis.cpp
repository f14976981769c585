// Whole-definition checks: every condition names a field that exists and is reachable from where it
// is used (a repeatable block's fields are visible only inside that block), toggles name yes/no
// fields, gates know which fields they close, and no field depends on itself through conditions,
// toggles or gates. The result is an evaluation order in which every field comes after the fields
// it reads.
#include "cptt/forms/form_analysis.h"

#include "cptt/xml_fields.h"

#include <algorithm>
#include <queue>

namespace cptt::forms {
namespace {

std::string q(std::string_view s) { return "\"" + std::string(s) + "\""; }

[[noreturn]] void fail_at(const SourceLocation& at, Text message) {
  FieldError e;
  e.line = at.line > 0 ? at.line : 1;
  e.column = at.column;
  e.message = std::move(message);
  throw e;
}

class Analysis {
public:
  explicit Analysis(FormDefinition& form) : f_(form), deps_(form.fields.size()) {}

  void run() {
    for (std::size_t s = 0; s < f_.sections.size(); ++s)
      resolve_section(s);
    for (std::size_t i = 0; i < f_.fields.size(); ++i)
      resolve_field(i);
    link_gates();
    order();
  }

private:
  // Is `outer` (a block, or no_index for the whole form) `inner` or one of its ancestors?
  bool encloses(std::size_t outer, std::size_t inner) const {
    if (outer == no_index)
      return true;
    for (std::size_t b = inner; b != no_index; b = f_.blocks[b].parent)
      if (b == outer)
        return true;
    return false;
  }

  std::size_t reachable_field(const std::string& id, std::size_t scope, const SourceLocation& at,
                              const Text& owner) const {
    std::size_t idx = f_.field_index(id);
    if (idx == no_index)
      fail_at(at, owner + Text{" nhắc đến câu hỏi " + q(id) + " không có trong biểu mẫu",
                               " refers to question " + q(id) + ", which is not in the form"});
    std::size_t block = f_.block_of_field(idx);
    if (!encloses(block, scope)) {
      const std::string b = q(f_.blocks[block].id);
      fail_at(at, owner + Text{" nhắc đến câu hỏi " + q(id) + " nằm trong khối lặp " + b +
                                   " mà nó không thuộc về",
                               " refers to question " + q(id) + " inside the repeatable block " +
                                   b + ", from outside that block"});
    }
    return idx;
  }

  void check_values(const Condition& c, const Field& target, const Text& owner) const {
    using T = Condition::Test;
    if (c.test == T::answered || c.test == T::unanswered)
      return;
    if (target.type == FieldType::table)
      fail_at(c.location,
              owner + Text{": với bảng " + q(target.id) + " chỉ dùng answered",
                           ": table " + q(target.id) + " only takes the answered test"});
    if (c.test == T::includes && target.type != FieldType::multi)
      fail_at(c.location, owner + Text{": includes chỉ dùng cho câu hỏi multi",
                                       ": includes needs a question of type multi"});
    if (target.type == FieldType::multi && c.test != T::includes)
      fail_at(c.location, owner + Text{": với câu hỏi multi " + q(target.id) + " dùng includes",
                                       ": question " + q(target.id) +
                                           " of type multi takes the includes test"});
    for (const std::string& v : c.values) {
      bool ok = true;
      if (target.type == FieldType::yesno)
        ok = v == "yes" || v == "no";
      else if (target.type == FieldType::choice || target.type == FieldType::multi)
        ok = target.find_option(v) != nullptr;
      if (!ok)
        fail_at(c.location,
                owner + Text{": " + q(v) + " không phải câu trả lời của câu hỏi " + q(target.id),
                             ": " + q(v) + " is not an answer of question " + q(target.id)});
    }
  }

  void resolve(Condition& c, std::size_t scope, const Text& owner, std::vector<std::size_t>* deps) {
    if (c.kind != Condition::Kind::when) {
      for (Condition& child : c.children)
        resolve(child, scope, owner, deps);
      return;
    }
    c.field_index = reachable_field(c.field, scope, c.location, owner);
    check_values(c, f_.fields[c.field_index], owner);
    if (deps)
      deps->push_back(c.field_index);
  }

  void resolve_section(std::size_t s) {
    Section& sec = f_.sections[s];
    const Text owner{"điều kiện của mục " + q(sec.id), "the condition of section " + q(sec.id)};
    std::vector<std::size_t> deps;
    if (sec.visible_if)
      resolve(*sec.visible_if, sec.block, owner, &deps);
    if (!sec.toggle.empty()) {
      sec.toggle_index =
          reachable_field(sec.toggle, sec.block, sec.location,
                          {"toggle của mục " + q(sec.id), "the toggle of section " + q(sec.id)});
      const Field& t = f_.fields[sec.toggle_index];
      const std::string toggle = "toggle " + q(sec.toggle);
      if (t.type != FieldType::yesno)
        fail_at(sec.location,
                {toggle + " phải là câu hỏi yesno", toggle + " must be a question of type yesno"});
      if (t.section == s)
        fail_at(sec.location, {toggle + " nằm ngay trong mục nó bật tắt",
                               toggle + " is inside the section it switches"});
      deps.push_back(sec.toggle_index);
    }
    for (std::size_t field : sec.fields)
      deps_[field].insert(deps_[field].end(), deps.begin(), deps.end());
  }

  void resolve_field(std::size_t i) {
    Field& field = f_.fields[i];
    std::size_t scope = f_.sections[field.section].block;
    const Text owner{"điều kiện của câu hỏi " + q(field.id),
                     "the condition of question " + q(field.id)};
    if (field.visible_if)
      resolve(*field.visible_if, scope, owner, &deps_[i]);
    if (field.required_if)
      resolve(*field.required_if, scope, owner, &deps_[i]);
    if (field.warn_if) // read after every state is known: no ordering needed
      resolve(*field.warn_if, scope, owner, nullptr);
  }

  // A gate closes every later field of its scope: the rest of its block instance, or of the form.
  void link_gates() {
    for (std::size_t g = 0; g < f_.fields.size(); ++g) {
      if (!f_.fields[g].is_gate())
        continue;
      std::size_t scope = f_.block_of_field(g);
      for (std::size_t i = g + 1; i < f_.fields.size(); ++i)
        if (encloses(scope, f_.block_of_field(i))) {
          f_.fields[i].gates_before.push_back(g);
          deps_[i].push_back(g);
        }
    }
  }

  void order() {
    const std::size_t n = f_.fields.size();
    std::vector<std::vector<std::size_t>> users(n);
    std::vector<std::size_t> pending(n, 0);
    for (std::size_t i = 0; i < n; ++i)
      for (std::size_t d : deps_[i]) {
        users[d].push_back(i);
        ++pending[i];
      }
    // Kahn's algorithm, smallest index first: the order stays close to the document's.
    std::priority_queue<std::size_t, std::vector<std::size_t>, std::greater<>> ready;
    for (std::size_t i = 0; i < n; ++i)
      if (pending[i] == 0)
        ready.push(i);
    while (!ready.empty()) {
      std::size_t i = ready.top();
      ready.pop();
      f_.evaluation_order.push_back(i);
      for (std::size_t u : users[i])
        if (--pending[u] == 0)
          ready.push(u);
    }
    if (f_.evaluation_order.size() != n)
      report_cycle(pending);
  }

  [[noreturn]] void report_cycle(const std::vector<std::size_t>& pending) const {
    // Walk dependencies among the fields left over until one repeats: that is a cycle.
    std::size_t start = 0;
    while (pending[start] == 0)
      ++start;
    std::vector<std::size_t> path{start};
    std::vector<std::size_t> seen_at(f_.fields.size(), no_index);
    seen_at[start] = 0;
    for (;;) {
      std::size_t cur = path.back();
      std::size_t next = no_index;
      for (std::size_t d : deps_[cur])
        if (pending[d] != 0) {
          next = d;
          break;
        }
      if (seen_at[next] != no_index) {
        std::string chain;
        for (std::size_t k = seen_at[next]; k < path.size(); ++k)
          chain += f_.fields[path[k]].id + " → ";
        chain += f_.fields[next].id;
        fail_at(f_.fields[next].location,
                {"vòng lặp điều kiện: " + chain, "the conditions form a cycle: " + chain});
      }
      seen_at[next] = path.size();
      path.push_back(next);
    }
  }

  FormDefinition& f_;
  std::vector<std::vector<std::size_t>> deps_;
};

} // namespace

void analyse(FormDefinition& form) { Analysis(form).run(); }

} // namespace cptt::forms
