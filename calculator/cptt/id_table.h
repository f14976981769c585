#pragma once
// Tables between enumerations and the stable ids (or labels) used in files and on screen.
#include <array>
#include <string_view>
#include <utility>

namespace cptt {

template <class E, std::size_t N> using IdTable = std::array<std::pair<E, std::string_view>, N>;

template <class E, std::size_t N> std::string_view lookup(const IdTable<E, N>& table, E value) {
  for (const auto& [e, id] : table)
    if (e == value)
      return id;
  return {};
}

template <class E, std::size_t N>
bool reverse_lookup(const IdTable<E, N>& table, std::string_view id, E& out) {
  for (const auto& [e, text] : table)
    if (text == id) {
      out = e;
      return true;
    }
  return false;
}

} // namespace cptt
