// Renamed questions: read from the definition (checked against its fields), applied to answers
// written with an older version.
#include "cptt/forms/form_upgrade.h"

#include "cptt/forms/form_reader_detail.h"
#include "cptt/forms/form_xml.h"

#include <algorithm>

namespace cptt::forms {

namespace detail {

void FormReader::read_renames(pugi::xml_node root) {
  for (pugi::xml_node node : root.children("renamed")) {
    expect_attributes(in_, node, {"from", "to", "since-version"});
    in_.expect_children(node, {});
    Rename r;
    r.location = in_.location(node);
    r.from = in_.attribute(node, "from");
    r.to = in_.attribute(node, "to");
    r.since_version = in_.integer(node, in_.attribute(node, "since-version"), "since-version");
    if (!is_id(r.from) || !is_id(r.to))
      in_.fail(node, {"mã câu hỏi không hợp lệ trong <renamed>",
                      "a question id in <renamed> is not valid"});
    if (r.since_version < 2 || r.since_version > form_.version)
      in_.fail(node, {"since-version phải từ 2 đến phiên bản của biểu mẫu (" +
                          std::to_string(form_.version) + ")",
                      "since-version must be from 2 to the form's version (" +
                          std::to_string(form_.version) + ")"});
    if (form_.find_field(r.from))
      in_.fail(node, {"câu hỏi " + q(r.from) + " vẫn có trong biểu mẫu, không đổi tên được",
                      "question " + q(r.from) + " is still in the form and cannot be renamed"});
    form_.renames.push_back(std::move(r));
  }
  // Every chain of renames ends at a question of this version.
  for (const Rename& r : form_.renames) {
    const std::string last = current_key(form_, r.since_version - 1, r.from);
    if (!form_.find_field(last))
      in_.fail(root.find_child_by_attribute("renamed", "from", r.from.c_str()),
               {"câu hỏi " + q(r.to) + " không có trong biểu mẫu",
                "question " + q(r.to) + " is not in the form"});
  }
}

} // namespace detail

int written_version(const AnswerSet& answers, const FormDefinition& form) {
  return answers.form_version > 0 ? answers.form_version : form.version;
}

std::string current_key(const FormDefinition& form, int version, std::string_view key) {
  const std::size_t slash = key.rfind('/');
  const std::string_view path = slash == std::string_view::npos ? "" : key.substr(0, slash + 1);
  std::string id(slash == std::string_view::npos ? key : key.substr(slash + 1));
  if (version >= form.version)
    return std::string(key);
  // Renames apply in the order of their versions (file order within one version).
  for (int v = version + 1; v <= form.version; ++v)
    for (const Rename& r : form.renames)
      if (r.since_version == v && r.from == id)
        id = r.to;
  return std::string(path) + id;
}

std::size_t upgrade_answers(const FormDefinition& form, AnswerSet& answers) {
  const int version = written_version(answers, form);
  std::size_t changed = 0;
  for (Answer& a : answers.answers) {
    std::string key = current_key(form, version, a.field);
    if (key != a.field) {
      a.field = std::move(key);
      ++changed;
    }
  }
  answers.form_version = std::max(version, form.version);
  return changed;
}

} // namespace cptt::forms
