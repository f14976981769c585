#pragma once
// The files a review or a response names, found beside it: a file name kept in a review or a
// response is for people, so only a file of that name in the same folder is taken for it. The
// drafter's response to "x.review.xml" is saved as "x.response.xml" beside it, where the reviewer
// of the next round finds it. The app and cptt look for them here alike.
#include <string>

namespace cptt::review {

// The file `named` (its file name only) when it is beside `beside`; "" otherwise.
std::string file_beside(const std::string& beside, const std::string& named);

// "du-thao.review.xml" → "du-thao.response.xml" (another name: its last ".xml", or the whole
// name, gets ".response.xml"): where the response to the review at `review_path` is saved.
std::string response_path_for(const std::string& review_path);

// response_path_for(review_path) when that file is there; "" otherwise.
std::string response_beside(const std::string& review_path);

} // namespace cptt::review
