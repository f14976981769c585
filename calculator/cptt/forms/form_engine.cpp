// The evaluation of one answer set: index the answers by key, lay out every section and field of
// every block instance in document order, then compute each field's state in the definition's
// evaluation order (every field after the fields its conditions, toggles and gates read).
#include "cptt/forms/form_engine.h"

#include "cptt/forms/bindings.h"
#include "cptt/forms/evaluation_findings.h"
#include "cptt/forms/form_upgrade.h"
#include "cptt/forms/value_check.h"

#include <algorithm>
#include <set>

namespace cptt::forms {
namespace {

std::string q(std::string_view s) { return "“" + std::string(s) + "”"; }

bool positive_integer(std::string_view s) {
  return !s.empty() && s.size() <= 9 && s.front() != '0' &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::vector<std::string_view> split_key(std::string_view key) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (;;) {
    std::size_t slash = key.find('/', start);
    parts.push_back(key.substr(start, slash - start));
    if (slash == std::string_view::npos)
      return parts;
    start = slash + 1;
  }
}

struct Scope {
  std::string prefix;
  std::vector<std::size_t> chain; // scope at each depth: chain[0] is the form, back() itself
  const Procedure* procedure = nullptr;
};

class Evaluator {
public:
  Evaluator(const FormDefinition& form, const AnswerSet& answers, const EvaluationContext& context,
            FormEvaluation& out)
      : form_(form), answers_(answers), context_(context), out_(out),
        bindings_(context.dossier, context.computed), states_of_field_(form.fields.size()),
        consumed_(answers.answers.size(), false) {}

  void run() {
    out_.form = &form_;
    out_.procedure_id = answers_.procedure_id;
    out_.instance = answers_.instance;
    index_answers();
    scopes_.push_back({"", {0}, context_.procedure});
    build(form_.items, 0);
    for (std::size_t a = 0; a < answers_.answers.size(); ++a)
      if (!consumed_[a] && answer_by_key_.contains(keys_[a]) && answer_by_key_[keys_[a]] == a)
        problems_.push_back(
            {a,
             FindingKind::unknown_field,
             {"khối lặp không có mục này (" + answers_.answers[a].field +
                  "); câu trả lời được giữ lại",
              "no such block instance (" + answers_.answers[a].field + "); the answer is kept"}});
    std::sort(problems_.begin(), problems_.end(),
              [](const AnswerProblem& x, const AnswerProblem& y) { return x.answer < y.answer; });
    section_done_.assign(out_.sections.size(), false);
    for (std::size_t f : form_.evaluation_order)
      for (std::size_t s : states_of_field_[f])
        evaluate_field(s);
    for (std::size_t i = 0; i < out_.fields.size(); ++i) {
      FieldState& st = out_.fields[i];
      const Field& fd = form_.fields[st.field];
      st.warning = fd.warn_if && st.visible && st.answered && holds(*fd.warn_if, field_scope_[i]);
    }
    tally();
    add_findings(out_, {answers_, invalid_, problems_});
    note_update();
  }

private:
  // Answers written with an older version of the form: one note, with how many were read under
  // a renamed question.
  void note_update() {
    const int written = written_version(answers_, form_);
    if (written >= form_.version || answers_.answers.empty())
      return;
    FormFinding f = make_finding(FindingKind::form_updated);
    f.procedure_id = answers_.procedure_id;
    f.form_id = form_.id;
    f.form_code = form_.display_code();
    f.instance = answers_.instance;
    f.label = form_.title;
    f.location = answers_.location;
    f.args = {arg("form", form_.display_code()), arg("written", std::to_string(written)),
              arg("version", std::to_string(form_.version))};
    if (renamed_ > 0)
      f.args.push_back(arg_count("moved", static_cast<long long>(renamed_)));
    out_.findings.push_back(std::move(f));
  }

  // Finds each answer's question by its key (renamed since the answers' version: by its new key);
  // what does not parse is an unknown field.
  void index_answers() {
    const int written = written_version(answers_, form_);
    keys_.reserve(answers_.answers.size());
    for (const Answer& answer : answers_.answers) {
      keys_.push_back(current_key(form_, written, answer.field));
      renamed_ += keys_.back() != answer.field ? 1 : 0;
    }
    for (std::size_t a = 0; a < answers_.answers.size(); ++a) {
      const std::string& key = keys_[a];
      if (answer_by_key_.contains(key)) {
        problems_.push_back({a,
                             FindingKind::duplicate_answer,
                             {"câu hỏi được trả lời hai lần; dùng câu trả lời đầu tiên",
                              "the question is answered twice; the first answer is used"}});
        continue;
      }
      Text error = parse_key(key);
      if (!error.empty()) {
        problems_.push_back({a, FindingKind::unknown_field, error});
        continue;
      }
      answer_by_key_.emplace(key, a);
    }
  }

  // Checks a key against the definition and records the block instances it names.
  Text parse_key(const std::string& key) {
    std::vector<std::string_view> parts = split_key(key);
    std::size_t block = no_index;
    std::string prefix;
    std::vector<std::pair<std::string, std::string>> seen; // (prefix + block id, token)
    const std::string version = std::to_string(form_.version);
    Text unknown{"không có câu hỏi " + q(key) + " trong biểu mẫu " + form_.display_code() +
                     " phiên bản " + version + "; câu trả lời được giữ lại",
                 "the form " + form_.display_code() + " version " + version + " has no question " +
                     q(key) + "; the answer is kept"};
    for (std::size_t i = 0; i < parts.size(); i += 2) {
      if (i + 1 == parts.size()) {
        std::size_t f = form_.field_index(parts[i]);
        if (f == no_index || form_.block_of_field(f) != block)
          return unknown;
        for (auto& [b, token] : seen)
          add_token(b, token);
        return {};
      }
      std::size_t b = form_.block_index(parts[i]);
      if (b == no_index || form_.blocks[b].parent != block || parts[i + 1].empty())
        return unknown;
      const Block& bd = form_.blocks[b];
      if (bd.repeat == Repeat::answers &&
          (!positive_integer(parts[i + 1]) ||
           (bd.max > 0 && std::stoi(std::string(parts[i + 1])) > bd.max))) {
        const std::string range = "1…" + (bd.max > 0 ? std::to_string(bd.max) : "");
        return {"số thứ tự " + q(parts[i + 1]) + " của khối " + q(bd.id) + " không hợp lệ (" +
                    range + "); câu trả lời được giữ lại",
                "the instance " + q(parts[i + 1]) + " of the block " + q(bd.id) +
                    " is not valid (" + range + "); the answer is kept"};
      }
      seen.emplace_back(prefix + bd.id, std::string(parts[i + 1]));
      prefix += bd.id + "/" + std::string(parts[i + 1]) + "/";
      block = b;
    }
    return {"khóa " + q(key) + " không kết thúc bằng một câu hỏi",
            "the key " + q(key) + " names no question"};
  }

  void add_token(const std::string& block_key, const std::string& token) {
    std::vector<std::string>& list = tokens_[block_key];
    if (std::find(list.begin(), list.end(), token) == list.end())
      list.push_back(token);
  }

  void build(const std::vector<Item>& items, std::size_t scope) {
    for (const Item& item : items) {
      if (item.kind == Item::Kind::section)
        add_section(item.index, scope);
      else
        expand_block(item.index, scope);
    }
  }

  void expand_block(std::size_t b, std::size_t scope) {
    const Block& block = form_.blocks[b];
    const std::string parent = scopes_[scope].prefix;
    std::vector<std::pair<std::string, const Procedure*>> instances;
    if (block.repeat == Repeat::answers) {
      std::set<long> numbers;
      for (const std::string& t : tokens_[parent + block.id])
        numbers.insert(std::stol(t));
      for (long n = 1; n <= block.min; ++n)
        numbers.insert(n);
      for (long n : numbers)
        instances.emplace_back(std::to_string(n), scopes_[scope].procedure);
    } else if (context_.dossier) {
      for (const Procedure& p : context_.dossier->procedures)
        if (block.kinds.empty() ||
            std::find(block.kinds.begin(), block.kinds.end(), p.kind) != block.kinds.end())
          instances.emplace_back(p.id, &p);
    } else {
      for (const std::string& t : tokens_[parent + block.id])
        instances.emplace_back(t, nullptr);
    }
    for (auto& [token, procedure] : instances) {
      std::string prefix = parent;
      prefix.append(block.id).append("/").append(token).append("/");
      Scope inner{std::move(prefix), scopes_[scope].chain, procedure};
      std::size_t index = scopes_.size();
      inner.chain.push_back(index);
      scopes_.push_back(std::move(inner));
      out_.blocks.push_back({b, scopes_[index].prefix, token, procedure ? procedure->id : ""});
      build(block.items, index);
    }
  }

  std::string procedure_id(std::size_t scope) const {
    const Procedure* p = scopes_[scope].procedure;
    return p ? p->id : answers_.procedure_id;
  }

  void add_section(std::size_t s, std::size_t scope) {
    const Section& sec = form_.sections[s];
    SectionState ss;
    ss.section = s;
    ss.key = scopes_[scope].prefix + sec.id;
    ss.procedure_id = procedure_id(scope);
    std::size_t section_state = out_.sections.size();
    out_.sections.push_back(std::move(ss));
    section_scope_.push_back(scope);
    for (std::size_t f : sec.fields) {
      FieldState st;
      st.field = f;
      st.section_state = section_state;
      st.key = scopes_[scope].prefix + form_.fields[f].id;
      st.procedure_id = out_.sections[section_state].procedure_id;
      if (auto it = answer_by_key_.find(st.key); it != answer_by_key_.end()) {
        st.answer = it->second;
        consumed_[it->second] = true;
      }
      std::size_t index = out_.fields.size();
      out_.by_key.emplace(st.key, index);
      out_.sections[section_state].fields.push_back(index);
      out_.fields.push_back(std::move(st));
      field_scope_.push_back(scope);
      states_of_field_[f].push_back(index);
      state_at_.emplace(slot(scope, f), index);
    }
  }

  static std::uint64_t slot(std::size_t scope, std::size_t field) {
    return (static_cast<std::uint64_t>(scope) << 32) | static_cast<std::uint64_t>(field);
  }

  // The state of `field` seen from `scope`: the same instance for a field of an enclosing block.
  const FieldState* resolve(std::size_t field, std::size_t scope) const {
    std::size_t depth = form_.depth_of_field(field);
    const std::vector<std::size_t>& chain = scopes_[scope].chain;
    if (depth >= chain.size())
      return nullptr;
    auto it = state_at_.find(slot(chain[depth], field));
    return it == state_at_.end() ? nullptr : &out_.fields[it->second];
  }

  bool holds(const Condition& c, std::size_t scope) const {
    switch (c.kind) {
    case Condition::Kind::all:
      return std::all_of(c.children.begin(), c.children.end(),
                         [&](const Condition& x) { return holds(x, scope); });
    case Condition::Kind::any:
      return std::any_of(c.children.begin(), c.children.end(),
                         [&](const Condition& x) { return holds(x, scope); });
    case Condition::Kind::negate:
      return !holds(c.children.front(), scope);
    case Condition::Kind::when:
      break;
    }
    const FieldState* s = resolve(c.field_index, scope);
    const bool answered = s != nullptr && s->visible && s->answered;
    const FieldType type = form_.fields[c.field_index].type;
    switch (c.test) {
    case Condition::Test::equals:
      return answered && s->value == c.values.front();
    case Condition::Test::not_equals:
      return answered && s->value != c.values.front();
    case Condition::Test::one_of:
    case Condition::Test::includes:
      return answered && matches_any(type, s->value, c.values);
    case Condition::Test::answered:
      return answered;
    case Condition::Test::unanswered:
      return !answered;
    }
    return false;
  }

  void evaluate_section(std::size_t k) {
    if (section_done_[k])
      return;
    section_done_[k] = true;
    SectionState& ss = out_.sections[k];
    const Section& sec = form_.sections[ss.section];
    std::size_t scope = section_scope_[k];
    if (sec.toggle_index != no_index) {
      const FieldState* t = resolve(sec.toggle_index, scope);
      if (!(t && t->visible && t->answered && t->value == "yes")) {
        ss.closure = Closure::toggle;
        ss.closed_by = t ? t->key : sec.toggle;
      }
    }
    if (ss.closure == Closure::open && sec.visible_if && !holds(*sec.visible_if, scope))
      ss.closure = Closure::section;
    ss.visible = ss.closure == Closure::open;
  }

  void evaluate_field(std::size_t i) {
    FieldState& st = out_.fields[i];
    const Field& fd = form_.fields[st.field];
    const std::size_t scope = field_scope_[i];
    evaluate_section(st.section_state);
    const SectionState& ss = out_.sections[st.section_state];
    if (!ss.visible) {
      st.closure = ss.closure == Closure::toggle ? Closure::toggle : Closure::section;
      st.closed_by = ss.closed_by;
    } else {
      for (std::size_t g : fd.gates_before) {
        const FieldState* gs = resolve(g, scope);
        if (gs && gs->visible && gs->answered &&
            matches_any(form_.fields[g].type, gs->value, form_.fields[g].gate_values)) {
          st.closure = Closure::gate;
          st.closed_by = gs->key;
          break;
        }
      }
      if (st.closure == Closure::open && fd.visible_if && !holds(*fd.visible_if, scope))
        st.closure = Closure::condition;
    }
    st.visible = st.closure == Closure::open;
    read_value(i, st, fd, scope);
    st.required = st.visible && !fd.computed &&
                  (fd.required_if ? holds(*fd.required_if, scope) : fd.required);
    st.reason_required = st.visible && st.answered && !fd.computed &&
                         (fd.reason_always || (!fd.reason_when.empty() &&
                                               matches_any(fd.type, st.value, fd.reason_when)));
  }

  void read_value(std::size_t i, FieldState& st, const Field& fd, std::size_t scope) {
    const Answer* a = st.answer == no_index ? nullptr : &answers_.answers[st.answer];
    if (a) {
      st.has_answer = !trim(a->value).empty() || !a->rows.empty() || !trim(a->reason).empty();
      st.reason_given = !trim(a->reason).empty();
    }
    if (fd.computed) {
      st.value = bindings_.value(fd.from, scopes_[scope].procedure);
      st.from_dossier = true;
      st.answered = !st.value.empty();
      return;
    }
    if (fd.type == FieldType::table) {
      if (a)
        check_rows(i, st, fd, *a);
      st.answered =
          a != nullptr && !st.invalid && a->rows.size() >= static_cast<std::size_t>(fd.min_rows);
      return;
    }
    st.value = a ? std::string(trim(a->value)) : std::string();
    if (a && !a->rows.empty())
      invalid(i, st,
              {"câu hỏi này không phải bảng nhưng có các dòng",
               "rows are given for a question that is not a table"});
    if (st.value.empty() && !fd.from.empty()) {
      st.value = trim(bindings_.value(fd.from, scopes_[scope].procedure));
      st.from_dossier = !st.value.empty();
    }
    if (st.value.empty())
      return;
    Text error = check_value(rules_of(fd), st.value);
    if (!error.empty())
      invalid(i, st, error);
    st.answered = !st.invalid;
  }

  void check_rows(std::size_t i, FieldState& st, const Field& fd, const Answer& a) {
    if (!trim(a.value).empty() && a.rows.empty())
      invalid(i, st,
              {"câu hỏi dạng bảng cần các dòng, không phải một giá trị",
               "a table question needs rows, not one value"});
    for (std::size_t r = 0; r < a.rows.size(); ++r) {
      const Text row{"dòng " + std::to_string(r + 1) + ": ", "row " + std::to_string(r + 1) + ": "};
      for (const AnswerCell& cell : a.rows[r].cells) {
        const Column* col = fd.find_column(cell.column);
        if (!col) {
          invalid(
              i, st,
              {row.vi + "không có cột " + q(cell.column), row.en + "no column " + q(cell.column)});
          continue;
        }
        std::string_view v = trim(cell.value);
        if (col->computed || v.empty())
          continue;
        Text error = check_value(rules_of(*col), v);
        if (!error.empty())
          invalid(i, st,
                  {row.vi + "cột " + q(col->label.vi) + ": " + error.vi,
                   row.en + "column " + q(col->label.in(Language::en)) + ": " +
                       error.in(Language::en)});
      }
      for (const Column& col : fd.columns) {
        if (!col.required)
          continue;
        bool filled =
            std::any_of(a.rows[r].cells.begin(), a.rows[r].cells.end(), [&](const AnswerCell& c) {
              return c.column == col.id && !trim(c.value).empty();
            });
        if (!filled)
          invalid(i, st,
                  {row.vi + "thiếu cột " + q(col.label.vi),
                   row.en + "the column " + q(col.label.in(Language::en)) + " is empty"});
      }
    }
  }

  void invalid(std::size_t i, FieldState& st, Text message) {
    st.invalid = true;
    invalid_[i].push_back(std::move(message));
  }

  void tally() {
    for (SectionState& ss : out_.sections) {
      bool all_gated = !ss.fields.empty();
      for (std::size_t i : ss.fields) {
        const FieldState& st = out_.fields[i];
        const Field& fd = form_.fields[st.field];
        all_gated = all_gated && st.closure == Closure::gate;
        if (!st.visible)
          continue;
        // Each required answer and each required reason is one item.
        if (st.required) {
          ++ss.completeness.required;
          ss.completeness.done += st.answered ? 1 : 0;
        }
        if (st.reason_required) {
          ++ss.completeness.required;
          ss.completeness.done += st.reason_given ? 1 : 0;
        }
        if (fd.conclusion)
          out_.conclusions.push_back(i);
        if (fd.is_gate() && st.answered && matches_any(fd.type, st.value, fd.gate_values))
          out_.closed_gates.push_back(i);
      }
      if (ss.visible && all_gated) {
        ss.closure = Closure::gate;
        ss.closed_by = out_.fields[ss.fields.front()].closed_by;
        ss.visible = false;
      }
      out_.completeness.required += ss.completeness.required;
      out_.completeness.done += ss.completeness.done;
    }
  }

  const FormDefinition& form_;
  const AnswerSet& answers_;
  const EvaluationContext& context_;
  FormEvaluation& out_;
  Bindings bindings_;
  std::unordered_map<std::string, std::size_t> answer_by_key_;
  std::unordered_map<std::string, std::vector<std::string>> tokens_;
  std::vector<AnswerProblem> problems_;
  std::unordered_map<std::size_t, std::vector<Text>> invalid_;
  std::vector<Scope> scopes_;
  std::unordered_map<std::uint64_t, std::size_t> state_at_;
  std::vector<std::vector<std::size_t>> states_of_field_;
  std::vector<std::size_t> field_scope_;
  std::vector<std::size_t> section_scope_;
  std::vector<bool> section_done_;
  std::vector<bool> consumed_;
  std::vector<std::string> keys_; // each answer's key under the form's current ids
  std::size_t renamed_ = 0;       // answers read under a renamed question
};

} // namespace

std::string_view to_id(Closure c) {
  switch (c) {
  case Closure::open:
    return "open";
  case Closure::condition:
    return "condition";
  case Closure::section:
    return "section";
  case Closure::toggle:
    return "toggle";
  case Closure::gate:
    return "gate";
  }
  return {};
}

const FieldState* FormEvaluation::find(std::string_view key) const {
  auto it = by_key.find(std::string(key));
  return it == by_key.end() ? nullptr : &fields[it->second];
}

std::string display_value(const Field& field, std::string_view value) {
  if (field.type == FieldType::yesno)
    return value == "yes" ? "Có" : value == "no" ? "Không" : std::string(value);
  if (field.type == FieldType::choice || field.type == FieldType::multi) {
    std::string out;
    for (const std::string& id : split_words(value)) {
      const Option* o = field.find_option(id);
      if (!out.empty())
        out += ", ";
      out += o ? o->label.vi : id;
    }
    return out;
  }
  return std::string(value);
}

Text display_text(const Field& field, std::string_view value) {
  if (field.type == FieldType::yesno)
    return {display_value(field, value), value == "yes"  ? "Yes"
                                         : value == "no" ? "No"
                                                         : std::string(value)};
  if (field.type == FieldType::choice || field.type == FieldType::multi) {
    Text out;
    for (const std::string& id : split_words(value)) {
      const Option* o = field.find_option(id);
      const std::string sep = out.vi.empty() ? "" : ", ";
      out.vi += sep + (o ? o->label.vi : id);
      out.en += sep + (o ? o->label.in(Language::en) : id);
    }
    return out;
  }
  return {std::string(value), {}};
}

FormEvaluation evaluate(const FormDefinition& form, const AnswerSet& answers,
                        const EvaluationContext& context) {
  FormEvaluation out;
  Evaluator(form, answers, context, out).run();
  return out;
}

} // namespace cptt::forms
