// A QGuiApplication for command-line use (GuiSession in cptt_render.h): the offscreen platform
// unless QT_QPA_PLATFORM says otherwise, so `cptt document` works without a display.
#include "cptt_render.h"

#include <QGuiApplication>

#include <cstdlib>

namespace cptt::render {

struct GuiSession::Impl {
  int argc = 1;
  char name[5] = "cptt";
  char* argv[2] = {name, nullptr};
  std::unique_ptr<QGuiApplication> app;
};

GuiSession::GuiSession() : impl_(std::make_unique<Impl>()) {
  if (QCoreApplication::instance())
    return;
  if (const char* platform = std::getenv("QT_QPA_PLATFORM"); !platform || *platform == '\0')
    qputenv("QT_QPA_PLATFORM", "offscreen");
  impl_->app = std::make_unique<QGuiApplication>(impl_->argc, impl_->argv);
}

GuiSession::~GuiSession() = default;

} // namespace cptt::render
