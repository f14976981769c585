#pragma once
// The form definitions the app works with, loaded once (data_paths().forms), and form texts in
// the app's language. A part of the bridge that needs the catalogue includes this, not a model.
#include "cptt/forms/form_catalog.h"
#include "cptt/model.h"
#include "cptt/text.h"

#include <QString>

namespace cptt::bridge {

const forms::FormCatalog& formCatalog();

// A form's text in the app's language (Vietnamese when the English is missing).
QString localized(const Text& text);

// The key of the first visible question of the procedure's assessment form still to answer (or
// to give a reason for); empty when there is none or no form applies.
QString firstOpenQuestion(const Dossier& dossier, const Procedure& procedure);

} // namespace cptt::bridge
