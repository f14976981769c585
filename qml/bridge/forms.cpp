#include "forms.h"

#include "appsettings.h"
#include "format.h"

#include "cptt/data_paths.h"
#include "cptt/forms/dossier_forms.h"

namespace cptt::bridge {

const forms::FormCatalog& formCatalog() {
  static const forms::FormCatalog loaded = forms::FormCatalog::load_folder(data_paths().forms);
  return loaded;
}

QString localized(const Text& text) { return toQ(text.in(appLanguage())); }

QString firstOpenQuestion(const Dossier& dossier, const Procedure& procedure) {
  const std::optional<forms::FormEvaluation> evaluated =
      forms::evaluate_assessment(formCatalog(), dossier, procedure);
  if (!evaluated)
    return {};
  for (const forms::FieldState& fs : evaluated->fields)
    if (fs.visible && ((fs.required && !fs.answered) || (fs.reason_required && !fs.reason_given)))
      return toQ(fs.key);
  return {};
}

} // namespace cptt::bridge
