// The steps of one evaluation in order (run), and its first two: each answer found by its key,
// then every section and field of every block instance laid out in document order.
#include "cptt/forms/form_evaluator.h"

#include "cptt/forms/form_upgrade.h"

#include <algorithm>
#include <set>
#include <string_view>

namespace cptt::forms::detail {
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

} // namespace

void Evaluator::run() {
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

void Evaluator::note_update() {
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

void Evaluator::index_answers() {
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

Text Evaluator::parse_key(const std::string& key) {
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
      return {"số thứ tự " + q(parts[i + 1]) + " của khối " + q(bd.id) + " không hợp lệ (" + range +
                  "); câu trả lời được giữ lại",
              "the instance " + q(parts[i + 1]) + " of the block " + q(bd.id) + " is not valid (" +
                  range + "); the answer is kept"};
    }
    seen.emplace_back(prefix + bd.id, std::string(parts[i + 1]));
    prefix += bd.id + "/" + std::string(parts[i + 1]) + "/";
    block = b;
  }
  return {"khóa " + q(key) + " không kết thúc bằng một câu hỏi",
          "the key " + q(key) + " names no question"};
}

void Evaluator::add_token(const std::string& block_key, const std::string& token) {
  std::vector<std::string>& list = tokens_[block_key];
  if (std::find(list.begin(), list.end(), token) == list.end())
    list.push_back(token);
}

void Evaluator::build(const std::vector<Item>& items, std::size_t scope) {
  for (const Item& item : items) {
    if (item.kind == Item::Kind::section)
      add_section(item.index, scope);
    else
      expand_block(item.index, scope);
  }
}

void Evaluator::expand_block(std::size_t b, std::size_t scope) {
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

std::string Evaluator::procedure_id(std::size_t scope) const {
  const Procedure* p = scopes_[scope].procedure;
  return p ? p->id : answers_.procedure_id;
}

void Evaluator::add_section(std::size_t s, std::size_t scope) {
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

std::uint64_t Evaluator::slot(std::size_t scope, std::size_t field) {
  return (static_cast<std::uint64_t>(scope) << 32) | static_cast<std::uint64_t>(field);
}

} // namespace cptt::forms::detail
