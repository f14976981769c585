#include "cptt/review/files_beside.h"

#include <filesystem>
#include <string_view>

namespace cptt::review {
namespace {

bool is_file(const std::filesystem::path& path) {
  std::error_code ec;
  return std::filesystem::is_regular_file(path, ec);
}

} // namespace

std::string file_beside(const std::string& beside, const std::string& named) {
  if (named.empty())
    return {};
  namespace fs = std::filesystem;
  const fs::path candidate = fs::path(beside).parent_path() / fs::path(named).filename();
  return is_file(candidate) ? candidate.string() : std::string();
}

std::string response_path_for(const std::string& review_path) {
  std::string base = review_path;
  for (const std::string_view suffix : {std::string_view(".review.xml"), std::string_view(".xml")})
    if (base.ends_with(suffix)) {
      base.resize(base.size() - suffix.size());
      break;
    }
  return base + ".response.xml";
}

std::string response_beside(const std::string& review_path) {
  std::string path = response_path_for(review_path);
  return is_file(path) ? path : std::string();
}

} // namespace cptt::review
