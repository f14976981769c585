#pragma once
// The two languages of every text the user sees: Vietnamese (the source) and English.
// Labels of the model's enumerations are made for one of them by label(value, language).
namespace cptt {

enum class Language { vi, en };

} // namespace cptt
