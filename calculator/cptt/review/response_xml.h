#pragma once
// The elements of a response, shared by the response file (response_reader.cpp,
// response_writer.cpp) and the earlier rounds of a review, which keep the response to them in the
// same vocabulary (review_reader.cpp, review_writer.cpp). Internal to the review I/O.
#include "cptt/review/response_file.h"
#include "cptt/xml_source.h"

#include <pugixml.hpp>

namespace cptt::review {

// Appends <review>, <report>, <responder> and <answers> to `node`, canonically.
void write_response_children(pugi::xml_node node, const Response& response);
// Reads them from `node` (of `source`); throws FieldError (xml_fields.h) for bad input.
void read_response_children(const XmlSource& source, pugi::xml_node node, Response& response);

} // namespace cptt::review
