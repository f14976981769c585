// Writes a response canonically: fixed element order, the answers in the response's order,
// optional elements and attributes omitted when empty, two-space indentation (docs/file-format.md,
// "Response").
#include "cptt/atomic_file.h"
#include "cptt/dossier_xml.h"
#include "cptt/review/response_file.h"
#include "cptt/review/response_xml.h"

namespace cptt::review {
namespace {

void attribute(pugi::xml_node node, const char* name, std::string_view value) {
  if (!value.empty())
    node.append_attribute(name).set_value(std::string(value).c_str());
}

void text(pugi::xml_node parent, const char* name, const std::string& value) {
  if (!value.empty())
    parent.append_child(name).text().set(value.c_str());
}

void write_anchor(pugi::xml_node parent, const CommentAnchor& a) {
  pugi::xml_node n = parent.append_child("anchor");
  attribute(n, "procedure", a.procedure_id);
  attribute(n, "form", a.form_id);
  attribute(n, "section", a.section);
  attribute(n, "field", a.field);
  if (a.worksheet)
    attribute(n, "worksheet", cptt::to_id(*a.worksheet));
  if (a.task > 0)
    attribute(n, "task", std::to_string(a.task));
}

void write_entry(pugi::xml_node parent, const ResponseEntry& e) {
  pugi::xml_node n = parent.append_child("answer");
  const ResponseTarget& t = e.target;
  if (t.kind == ResponseTarget::Kind::comment) {
    attribute(n, "comment", std::to_string(t.comment));
  } else {
    attribute(n, "finding", t.code);
    attribute(n, "procedure", t.procedure_id);
  }
  attribute(n, "result", to_id(e.result));
  if (t.kind == ResponseTarget::Kind::finding)
    text(n, "place", t.place);
  n.append_child("text").text().set(e.text.c_str());
  if (e.anchor)
    write_anchor(n, *e.anchor);
}

void write_document(pugi::xml_node root, const char* name, const std::string& digest,
                    const std::string& file) {
  pugi::xml_node n = root.append_child(name);
  attribute(n, "digest", digest);
  text(n, "file", file);
}

} // namespace

void write_response_children(pugi::xml_node root, const Response& response) {
  write_document(root, "review", response.review_digest, response.review_file);
  if (!response.report_digest.empty())
    write_document(root, "report", response.report_digest, response.report_file);
  const Responder& who = response.responder;
  if (!who.name.empty() || !who.body.empty() || !who.date.empty()) {
    pugi::xml_node n = root.append_child("responder");
    text(n, "name", who.name);
    text(n, "body", who.body);
    text(n, "date", who.date);
  }
  if (!response.entries.empty()) {
    pugi::xml_node n = root.append_child("answers");
    for (const ResponseEntry& e : response.entries)
      write_entry(n, e);
  }
}

std::string write_response(const Response& response) {
  pugi::xml_document document;
  write_response_children(start_document(document, "response"), response);
  return document_text(document);
}

Text save_response_file(const Response& response, const std::string& path) {
  return write_file_atomically(path, write_response(response));
}

} // namespace cptt::review
