// cptt-walk: a seeded random walk through the real cptt-app window. The app starts
// as cptt-app starts it; each step clicks, double-clicks or types into a control a user could
// reach right now (buttons, tabs, check boxes, combo boxes and their lists, text fields, list
// rows, menu items, dialog buttons; only inside the popup on top when one is open), or does a
// global action (undo, redo, another screen, another procedure, save and reopen through the file
// dialogs in a temporary folder, Escape). Typed text mixes valid and invalid entries.
//
//   cptt-walk --seed N --actions K [--log FILE] [--verbose]
//
// The last 30 actions are printed with the seed when the process dies (SIGSEGV, SIGABRT …, and
// AddressSanitizer / UBSan reports through the sanitizers' death callback); --log keeps every
// action in FILE, written as it happens, and --verbose prints each on stderr. Exit 0 when all K
// actions ran; a crash or a sanitizer report ends the process with its own status.
//
// The walk never writes outside its temporary folder: saving and exporting are allowed only into
// it (the file dialogs' folder is checked before accepting), so the worked examples it opens are
// never overwritten.
#include "uidriver.h"

#include "appsettings.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMap>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QUrl>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <random>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_UNDEFINED__)
#include <sanitizer/common_interface_defs.h>
#define CPTT_WALK_SANITIZER 1
#endif

using cptt::window::Match;
using cptt::window::Ui;

namespace {

// --- the last actions, printable from a signal handler (write(2) only, no allocation)
constexpr int ringSize = 30;
constexpr int lineSize = 240;
char ring[ringSize][lineSize];
volatile long ringCount = 0;
unsigned long long walkSeed = 0;
int logFd = -1;
bool verbose = false;

void writeAll(int fd, const char* text, size_t n) {
  while (n > 0) {
    const ssize_t w = ::write(fd, text, n);
    if (w <= 0)
      return;
    text += w;
    n -= size_t(w);
  }
}
void writeText(int fd, const char* text) { writeAll(fd, text, std::strlen(text)); }
void writeNumber(int fd, unsigned long long n) {
  char digits[24];
  int i = sizeof digits;
  do {
    digits[--i] = char('0' + n % 10);
    n /= 10;
  } while (n > 0 && i > 0);
  writeAll(fd, digits + i, sizeof digits - i);
}

void printRing(const char* why) {
  const int fd = 2;
  writeText(fd, "\ncptt-walk: ");
  writeText(fd, why);
  writeText(fd, " after ");
  writeNumber(fd, (unsigned long long)ringCount);
  writeText(fd, " actions; replay with: cptt-walk --seed ");
  writeNumber(fd, walkSeed);
  writeText(fd, " --actions ");
  writeNumber(fd, (unsigned long long)ringCount);
  writeText(fd, "\ncptt-walk: the last actions:\n");
  const long count = ringCount;
  for (long i = std::max(0L, count - ringSize); i < count; ++i) {
    writeText(fd, "  ");
    writeAll(fd, ring[i % ringSize], strnlen(ring[i % ringSize], lineSize));
    writeText(fd, "\n");
  }
}

void onFatalSignal(int sig) {
  printRing(sig == SIGSEGV   ? "SIGSEGV"
            : sig == SIGABRT ? "SIGABRT"
            : sig == SIGBUS  ? "SIGBUS"
            : sig == SIGFPE  ? "SIGFPE"
                             : "fatal signal");
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}

#ifdef CPTT_WALK_SANITIZER
void onSanitizerDeath() { printRing("sanitizer report"); }
#endif

void record(long step, const QString& action) {
  const QByteArray line =
      (QByteArray::number(qlonglong(step)) + ": " + action.toUtf8()).left(lineSize - 1);
  char* slot = ring[step % ringSize];
  std::memcpy(slot, line.constData(), size_t(line.size()));
  slot[line.size()] = '\0';
  ringCount = step + 1;
  if (logFd >= 0) {
    writeAll(logFd, line.constData(), size_t(line.size()));
    writeText(logFd, "\n");
  }
  if (verbose) {
    writeAll(2, line.constData(), size_t(line.size()));
    writeText(2, "\n");
  }
}

// The files of the repository's data folder as they were when the walk began: the walk must
// never write there (it works on copies in its own folder).
class DataWatch {
public:
  explicit DataWatch(const QString& root) : root_(root) { snapshot_ = take(); }
  // The first file that changed, or empty.
  QString changed() const {
    const QMap<QString, QPair<qint64, QDateTime>> now = take();
    for (auto it = now.cbegin(); it != now.cend(); ++it)
      if (snapshot_.value(it.key()) != it.value())
        return it.key();
    return now.size() == snapshot_.size() ? QString() : root_;
  }

private:
  QMap<QString, QPair<qint64, QDateTime>> take() const {
    QMap<QString, QPair<qint64, QDateTime>> files;
    QDirIterator it(root_, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
      it.next();
      files.insert(it.filePath(), {it.fileInfo().size(), it.fileInfo().lastModified()});
    }
    return files;
  }
  QString root_;
  QMap<QString, QPair<qint64, QDateTime>> snapshot_;
};

// --- the walk
class Walk {
public:
  Walk(QQuickWindow* window, unsigned long long seed, const QString& folder)
      : ui_(window), rng_(seed), folder_(QDir(folder).canonicalPath()) {
    doc_ = cptt::window::findObject(window, "DossierDocument");
  }

  void step(long n) {
    step_ = n;
    QQuickItem* popup = ui_.topPopup();
    if (popup) {
      ++popupSteps_;
      // Never stay stuck in a modal: after a few steps inside it, leave it.
      if (popupSteps_ > 6) {
        leavePopup(popup);
        return;
      }
    } else {
      popupSteps_ = 0;
    }
    if (popup && ui_.fileDialog()) {
      fileDialogStep();
      return;
    }
    const int roll = pick(100);
    if (popup || roll < 62)
      controlStep(popup);
    else
      globalStep();
  }

  // Leaves whatever is open and discards changes, so that the app ends without a prompt.
  void finish() {
    for (int i = 0; i < 10 && ui_.topPopup(); ++i)
      leavePopup(ui_.topPopup());
    if (doc_ && doc_->property("modified").toBool())
      QMetaObject::invokeMethod(doc_, "discardChanges");
  }

private:
  Ui ui_;
  std::mt19937_64 rng_;
  QString folder_;
  QObject* doc_ = nullptr;
  long step_ = 0;
  int popupSteps_ = 0;
  int saved_ = 0;
  QString lastSaved_;

  int pick(int n) { return n <= 1 ? 0 : int(std::uniform_int_distribution<int>(0, n - 1)(rng_)); }
  void log(const QString& what) { record(step_, what); }

  bool inFolder(const QString& path) const {
    const QString p =
        QDir(path).canonicalPath().isEmpty() ? QDir::cleanPath(path) : QDir(path).canonicalPath();
    return p == folder_ || p.startsWith(folder_ + QLatin1Char('/'));
  }
  bool documentInFolder() const {
    const QString file = doc_ ? doc_->property("filePath").toString() : QString();
    return file.isEmpty() || inFolder(QFileInfo(file).absolutePath());
  }

  QString randomText() {
    static const QStringList texts = {QStringLiteral("1.234.567,5"),
                                      QStringLiteral("1234567.5"),
                                      QStringLiteral("2,5"),
                                      QStringLiteral("0"),
                                      QStringLiteral("-3"),
                                      QStringLiteral("12"),
                                      QStringLiteral("1.000"),
                                      QStringLiteral("2025"),
                                      QStringLiteral("100000"),
                                      QStringLiteral("99999999999999999999999999999999999999"),
                                      QStringLiteral("1e308"),
                                      QStringLiteral("12,3,4"),
                                      QStringLiteral("abc"),
                                      QStringLiteral("Hà Nội"),
                                      QStringLiteral("Đăng ký kinh doanh"),
                                      QStringLiteral(""),
                                      QStringLiteral(" "),
                                      QStringLiteral("2025-07-01"),
                                      QStringLiteral("31/02/2025"),
                                      QStringLiteral("0,0001"),
                                      QStringLiteral("--1"),
                                      QStringLiteral("1.2.3"),
                                      QStringLiteral("Lý do: bảo đảm an toàn")};
    return texts[pick(int(texts.size()))];
  }

  static bool isControl(QQuickItem* item) {
    return item->inherits("QQuickAbstractButton") || item->inherits("QQuickTextInput") ||
           item->inherits("QQuickTextEdit") || item->inherits("QQuickComboBox");
  }

  // The controls a user could use now: shown, enabled, inside the top popup when one is open.
  std::vector<QQuickItem*> controls(QQuickItem* popup) {
    std::vector<QQuickItem*> out;
    for (QQuickItem* item : ui_.items(popup)) {
      if (!isControl(item) || !item->isVisible() || !ui_.enabled(item))
        continue;
      // Parts of a control (a combo box's own field, a spin box's buttons) are the control's.
      bool part = false;
      for (QQuickItem* p = item->parentItem(); p && p != popup; p = p->parentItem())
        if (p->inherits("QQuickComboBox") || p->inherits("QQuickSpinBox"))
          part = true;
      if (part || (item->inherits("QQuickTextInput") && item->property("readOnly").toBool()))
        continue;
      if (!ui_.shown(item))
        continue;
      if (!allowed(item))
        continue;
      out.push_back(item);
    }
    return out;
  }

  // What the walk may not press: anything that would write outside its folder. Buttons read
  // their text as their accessible name, so both are checked.
  bool allowed(QQuickItem* item) {
    const QString name = cptt::window::accessibleName(item);
    const QString text = cptt::window::itemText(item);
    // In either language (the walk switches it on the start page).
    static const QStringList saveNames = {
        QStringLiteral("Lưu hồ sơ (Ctrl+S)"), QStringLiteral("Lưu"),
        QStringLiteral("Save the dossier (Ctrl+S)"), QStringLiteral("Save")};
    const bool saves = saveNames.contains(name) || saveNames.contains(text);
    if (saves && !documentInFolder())
      return false;
    // A recent file or a worked example outside the folder: opened from the folder's copies
    // instead (a later Save would write over it).
    const QVariant file = item->property("filePath");
    if (file.isValid() && !file.toString().isEmpty() &&
        !inFolder(QFileInfo(file.toString()).absolutePath()))
      return false;
    // Writes the printable summary next to the review last opened or exported.
    if (text.contains(QLatin1String("(HTML)"))) {
      for (QObject* o : ui_.window()->findChildren<QObject*>())
        if (o->inherits("ReviewSession")) {
          const QString review = o->property("reviewPath").toString();
          if (!review.isEmpty() && !inFolder(QFileInfo(review).absolutePath()))
            return false;
        }
    }
    return true;
  }

  void act(QQuickItem* item) {
    const QString what = cptt::window::describe(item);
    if (item->inherits("QQuickTextInput") || item->inherits("QQuickTextEdit")) {
      const QString text = randomText();
      log(QStringLiteral("type \"%1\" into %2").arg(text, what));
      ui_.type(item, text);
    } else if (item->inherits("QQuickItemDelegate") && pick(3) == 0) {
      log(QStringLiteral("double-click %1").arg(what));
      ui_.doubleClick(item);
    } else {
      log(QStringLiteral("click %1").arg(what));
      ui_.click(item);
    }
  }

  void controlStep(QQuickItem* popup) {
    std::vector<QQuickItem*> candidates = controls(popup);
    if (candidates.empty()) {
      log(QStringLiteral("Escape (nothing to use)"));
      ui_.key(Qt::Key_Escape);
      return;
    }
    act(candidates[size_t(pick(int(candidates.size())))]);
  }

  void leavePopup(QQuickItem* popup) {
    log(QStringLiteral("Escape (leave %1)").arg(cptt::window::describe(popup)));
    ui_.key(Qt::Key_Escape);
    if (ui_.topPopup() != popup)
      return;
    for (const QString& text : {QStringLiteral("Huỷ"), QStringLiteral("Cancel"),
                                QStringLiteral("Đóng"), QStringLiteral("Không lưu")}) {
      QQuickItem* button = ui_.find(
          {.text = text, .type = QStringLiteral("QQuickAbstractButton"), .within = popup}, 0);
      if (button && ui_.shown(button)) {
        log(QStringLiteral("click %1 (leave)").arg(cptt::window::describe(button)));
        ui_.click(button);
        return;
      }
    }
  }

  QString dialogFolder(QQuickItem* dialog) {
    for (QQuickItem* item : ui_.items(dialog))
      if (item->objectName() == QLatin1String("fileDialogListView"))
        if (QObject* model = item->property("model").value<QObject*>())
          return model->property("folder").toUrl().toLocalFile();
    return {};
  }
  bool saveMode(QQuickItem* dialog) {
    QQuickItem* field =
        ui_.find({.objectName = QStringLiteral("fileNameTextField"), .within = dialog}, 0);
    return field && field->isVisible();
  }

  void fileDialogStep() {
    QQuickItem* dialog = ui_.fileDialog();
    const bool save = saveMode(dialog);
    const bool here = inFolder(dialogFolder(dialog));
    const int roll = pick(100);
    if (save && here && roll < 45) {
      const QString name = QStringLiteral("walk-%1.cptt.xml").arg(++saved_);
      log(QStringLiteral("file dialog: save as %1").arg(name));
      if (ui_.saveInFileDialog(name))
        lastSaved_ = name;
      return;
    }
    if (!save && roll < 40 && here) {
      // What the walk saved, or a copy of a worked example.
      QStringList files = QDir(folder_).entryList({QStringLiteral("*.xml")}, QDir::Files);
      if (!lastSaved_.isEmpty() && pick(2) == 0)
        files = QStringList{lastSaved_};
      if (!files.isEmpty()) {
        const QString file = files[pick(int(files.size()))];
        log(QStringLiteral("file dialog: open %1").arg(file));
        ui_.openInFileDialog(file);
        return;
      }
    }
    if (roll < 70 || (save && !here)) {
      log(QStringLiteral("Escape (file dialog in %1)").arg(dialogFolder(dialog)));
      ui_.key(Qt::Key_Escape);
      return;
    }
    // A control of the dialog: a file or folder, the filter, the name field (never its accept
    // button, which the cases above use).
    std::vector<QQuickItem*> candidates = controls(dialog);
    candidates.erase(std::remove_if(candidates.begin(), candidates.end(),
                                    [](QQuickItem* i) {
                                      const QString t = cptt::window::itemText(i);
                                      static const QStringList accept = {
                                          QStringLiteral("Save"),  QStringLiteral("Open"),
                                          QStringLiteral("&Save"), QStringLiteral("&Open"),
                                          QStringLiteral("Lưu"),   QStringLiteral("Mở")};
                                      return accept.contains(t);
                                    }),
                     candidates.end());
    // Stay in the walk's folder: no folder rows, no breadcrumbs.
    candidates.erase(
        std::remove_if(
            candidates.begin(), candidates.end(),
            [](QQuickItem* i) {
              if (i->property("fileIsDir").toBool())
                return true;
              for (QQuickItem* p = i; p; p = p->parentItem())
                if (QByteArray(p->metaObject()->className()).contains("FolderBreadcrumbBar"))
                  return true;
              return false;
            }),
        candidates.end());
    if (candidates.empty()) {
      ui_.key(Qt::Key_Escape);
      return;
    }
    QQuickItem* item = candidates[size_t(pick(int(candidates.size())))];
    if (item->inherits("QQuickItemDelegate") || item->property("fileName").isValid()) {
      log(QStringLiteral("file dialog: click %1").arg(cptt::window::describe(item)));
      ui_.click(item);
    } else if (item->inherits("QQuickTextInput")) {
      log(QStringLiteral("file dialog: type a name into %1").arg(cptt::window::describe(item)));
      ui_.type(item, QStringLiteral("walk-typed"));
    } else {
      act(item);
    }
  }

  void clickNamed(const QString& name) {
    QQuickItem* item = ui_.find({.name = name}, 0);
    if (item && ui_.shown(item) && ui_.enabled(item) && allowed(item)) {
      log(QStringLiteral("click %1").arg(cptt::window::describe(item)));
      ui_.click(item);
    } else {
      log(QStringLiteral("(%1 not available)").arg(name));
    }
  }

  void globalStep() {
    switch (pick(9)) {
    case 0:
      log(QStringLiteral("Ctrl+Z"));
      ui_.key(Qt::Key_Z, Qt::ControlModifier);
      break;
    case 1:
      log(QStringLiteral("Ctrl+Y"));
      ui_.key(Qt::Key_Y, Qt::ControlModifier);
      break;
    case 2: { // another screen from the tool bar
      static const QStringList screens = {
          QStringLiteral("Màn hình Hồ sơ"), QStringLiteral("Màn hình Thủ tục"),
          QStringLiteral("Màn hình Tổng hợp"), QStringLiteral("Về trang đầu")};
      clickNamed(screens[pick(int(screens.size()))]);
      break;
    }
    case 3: { // another procedure: the dossier's list, a double click on a row
      clickNamed(QStringLiteral("Màn hình Hồ sơ"));
      std::vector<QQuickItem*> rows = ui_.findAll({.name = QStringLiteral("Thủ tục "),
                                                   .type = QStringLiteral("QQuickItemDelegate"),
                                                   .contains = true});
      rows.erase(
          std::remove_if(rows.begin(), rows.end(), [&](QQuickItem* r) { return !ui_.shown(r); }),
          rows.end());
      if (rows.empty()) {
        log(QStringLiteral("(no procedure to open)"));
        break;
      }
      QQuickItem* row = rows[size_t(pick(int(rows.size())))];
      log(QStringLiteral("double-click %1").arg(cptt::window::describe(row)));
      ui_.doubleClick(row);
      break;
    }
    case 4: { // another tab of the screen shown
      std::vector<QQuickItem*> tabs = ui_.findAll({.type = QStringLiteral("QQuickTabButton")});
      tabs.erase(
          std::remove_if(tabs.begin(), tabs.end(), [&](QQuickItem* t) { return !ui_.shown(t); }),
          tabs.end());
      if (!tabs.empty())
        act(tabs[size_t(pick(int(tabs.size())))]);
      break;
    }
    case 5: // save as, into the walk's folder
      if (doc_ && doc_->property("isOpen").toBool()) {
        AppSettings::instance()->setLastFolder(folder_);
        clickNamed(QStringLiteral("Lưu hồ sơ thành tệp khác"));
      }
      break;
    case 6: // reopen what was saved
      AppSettings::instance()->setLastFolder(folder_);
      clickNamed(QStringLiteral("Mở hồ sơ (Ctrl+O)"));
      break;
    case 7:
      log(QStringLiteral("Escape"));
      ui_.key(Qt::Key_Escape);
      break;
    default: // a new dossier, or a copy of a worked example through the open dialog
      if (pick(2) == 0) {
        clickNamed(QStringLiteral("Tạo hồ sơ mới (Ctrl+N)"));
      } else {
        AppSettings::instance()->setLastFolder(folder_);
        clickNamed(QStringLiteral("Mở hồ sơ (Ctrl+O)"));
      }
      break;
    }
  }
};

} // namespace

int main(int argc, char* argv[]) {
  QGuiApplication app(argc, argv);
  QCommandLineParser parser;
  parser.setApplicationDescription(QStringLiteral("A seeded random walk through cptt-app"));
  parser.addHelpOption();
  QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed."),
                                QStringLiteral("N"), QStringLiteral("1"));
  QCommandLineOption actionsOption(QStringLiteral("actions"), QStringLiteral("Actions."),
                                   QStringLiteral("K"), QStringLiteral("300"));
  QCommandLineOption logOption(QStringLiteral("log"), QStringLiteral("Every action, as it runs."),
                               QStringLiteral("FILE"));
  QCommandLineOption verboseOption(QStringLiteral("verbose"), QStringLiteral("Print each action."));
  parser.addOptions({seedOption, actionsOption, logOption, verboseOption});
  parser.process(app);
  walkSeed = parser.value(seedOption).toULongLong();
  const long actions = parser.value(actionsOption).toLong();
  verbose = parser.isSet(verboseOption);
  if (parser.isSet(logOption))
    logFd = ::open(QFile::encodeName(parser.value(logOption)).constData(),
                   O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, 0644);

  for (int sig : {SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL})
    std::signal(sig, onFatalSignal);
#ifdef CPTT_WALK_SANITIZER
  __sanitizer_set_death_callback(onSanitizerDeath);
#endif

  QTemporaryDir folder;
  if (!folder.isValid())
    return 2;
  std::unique_ptr<QQmlApplicationEngine> engine;
  QQuickWindow* window = cptt::window::startApp(engine);
  if (!window) {
    writeText(2, "cptt-walk: the app did not start\n");
    return 2;
  }
  // Set once the app has its names (they say where the settings live).
  AppSettings::instance()->setLastFolder(folder.path());
  if (QGuiApplication::platformName() != QLatin1String("xcb"))
    qWarning("cptt-walk: platform %s, not xcb: some Qt crashes show only under xcb",
             qPrintable(QGuiApplication::platformName()));

  // Copies of the worked examples and the returned review, for the open dialog.
  const QDir examples(QStringLiteral(CPTT_DATA_DIR "/examples"));
  for (const QString& name : examples.entryList({QStringLiteral("*.cptt.xml")}, QDir::Files))
    QFile::copy(examples.filePath(name), QDir(folder.path()).filePath(name));
  QFile::copy(examples.filePath(QStringLiteral("review/case-dossier-total.review.xml")),
              QDir(folder.path()).filePath(QStringLiteral("case-dossier-total.review.xml")));
  for (const QString& name : QDir(folder.path()).entryList(QDir::Files))
    QFile::setPermissions(QDir(folder.path()).filePath(name),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
  const DataWatch watch(QStringLiteral(CPTT_DATA_DIR));

  Walk walk(window, walkSeed, folder.path());
  for (long n = 0; n < actions; ++n) {
    walk.step(n);
    if (n % 10 == 9) {
      if (const QString file = watch.changed(); !file.isEmpty()) {
        printRing("the walk wrote into the repository's data");
        fprintf(stderr, "cptt-walk: %s changed\n", qPrintable(file));
        return 3;
      }
    }
  }
  walk.finish();
  record(actions, QStringLiteral("end"));
  fprintf(stderr, "cptt-walk: seed %llu: %ld actions without a crash\n", walkSeed, actions);
  return 0;
}
