#include "cptt/forms/components.h"

#include <algorithm>

namespace cptt::forms {
namespace {

using State = ComponentStatus::State;

// The component's state from the sections of an evaluation that assess it.
ComponentStatus from_sections(Component c, const FormEvaluation& e) {
  ComponentStatus status;
  status.component = c;
  const FormDefinition& form = *e.form;
  std::string_view id = info(c).id;
  bool assessed = false, toggled_off = false;
  for (const SectionState& ss : e.sections) {
    const Section& sec = form.sections[ss.section];
    if (sec.component != id)
      continue;
    if (ss.closure == Closure::toggle) {
      // Unchanged only when the drafter said so; an unanswered toggle says nothing yet.
      const FieldState* t = e.find(ss.closed_by);
      toggled_off = toggled_off || (t != nullptr && t->answered && t->value == "no");
      continue;
    }
    if (!ss.visible) // a gate or condition closed it: says nothing about the draft
      continue;
    for (std::size_t i : ss.fields) {
      const FieldState& st = e.fields[i];
      const Field& fd = form.fields[st.field];
      if (fd.role == FieldRole::applicable && st.visible && st.answered) {
        assessed = true;
        if (st.value == "no" && !info(c).mandatory) {
          status.state = State::not_applicable;
          return status;
        }
      }
      if (fd.role == FieldRole::article_ref && st.visible) {
        assessed = true;
        if (st.answered) {
          for (std::string& place : split_articles(st.value))
            status.articles.push_back(std::move(place));
          status.field = st.key;
        }
      }
    }
  }
  if (!status.articles.empty())
    status.state = State::stated;
  else if (assessed)
    status.state = State::missing;
  else if (toggled_off)
    status.state = State::unchanged;
  else
    status.state = State::not_assessed;
  return status;
}

} // namespace

const std::vector<ComponentInfo>& components() {
  // The decree's list (NĐ 63/2010 Art. 8 as amended), in its order.
  static const std::vector<ComponentInfo> list{
      {Component::name, "name", "Tên thủ tục hành chính", "Name of the procedure", true},
      {Component::steps, "steps", "Trình tự thực hiện", "Sequence of steps", true},
      {Component::method, "method", "Cách thức thực hiện", "Method of submission", true},
      {Component::documents, "documents", "Thành phần, số lượng hồ sơ",
       "Dossier: documents and number of copies", true},
      {Component::time_limit, "time-limit", "Thời hạn giải quyết", "Processing time limit", true},
      {Component::subjects, "subjects", "Đối tượng thực hiện", "Subjects who carry it out", true},
      {Component::handling_body, "handling-body", "Cơ quan giải quyết", "Handling body", true},
      {Component::forms, "forms", "Mẫu đơn, mẫu tờ khai", "Application forms and declarations",
       false},
      {Component::result, "result", "Kết quả thực hiện", "Result", false},
      {Component::requirements, "requirements", "Yêu cầu, điều kiện", "Requirements and conditions",
       false},
      {Component::fees, "fees", "Phí, lệ phí", "Fees and charges", false},
  };
  return list;
}

const ComponentInfo& info(Component component) {
  return components()[static_cast<std::size_t>(component)];
}

bool component_from_id(std::string_view id, Component& out) {
  for (const ComponentInfo& c : components())
    if (c.id == id) {
      out = c.component;
      return true;
    }
  return false;
}

std::string_view to_id(ComponentStatus::State state) {
  switch (state) {
  case State::stated:
    return "stated";
  case State::missing:
    return "missing";
  case State::not_applicable:
    return "not-applicable";
  case State::unchanged:
    return "unchanged";
  case State::not_assessed:
    return "not-assessed";
  }
  return {};
}

std::string_view label_vi(ComponentStatus::State state) {
  switch (state) {
  case State::stated:
    return "Đã quy định";
  case State::missing:
    return "Chưa quy định";
  case State::not_applicable:
    return "Không áp dụng";
  case State::unchanged:
    return "Không thay đổi";
  case State::not_assessed:
    return "Chưa đánh giá";
  }
  return {};
}

std::string_view label(ComponentStatus::State state, Language language) {
  if (language == Language::vi)
    return label_vi(state);
  switch (state) {
  case State::stated:
    return "Set by the draft";
  case State::missing:
    return "Not set";
  case State::not_applicable:
    return "Not applicable";
  case State::unchanged:
    return "Unchanged";
  case State::not_assessed:
    return "Not assessed";
  }
  return {};
}

std::vector<std::string> split_articles(std::string_view text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find_first_of(";\n", start);
    if (end == std::string_view::npos)
      end = text.size();
    std::string_view part = trim(text.substr(start, end - start));
    if (!part.empty())
      out.emplace_back(part);
    start = end + 1;
  }
  return out;
}

std::vector<ComponentStatus> check_components(const Procedure& procedure,
                                              const FormEvaluation* assessment) {
  std::vector<ComponentStatus> out;
  for (const ComponentInfo& c : components()) {
    ComponentStatus status;
    status.component = c.component;
    if (assessment)
      status = from_sections(c.component, *assessment);
    // The name is the procedure's own; without an article-ref answer its place is where the draft
    // sets the procedure.
    if (c.component == Component::name && !procedure.name.empty() &&
        status.state != State::stated) {
      bool unchanged = status.state == State::unchanged;
      status.articles = procedure.articles;
      status.state = unchanged ? State::unchanged : State::stated;
    }
    out.push_back(std::move(status));
  }
  return out;
}

} // namespace cptt::forms
