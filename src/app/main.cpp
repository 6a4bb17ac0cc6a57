#include "gui/window/DesktopApplication.h"

int main(int argc, char* argv[])
{
    ldn::DesktopApplication application(argc, argv);
    return application.run();
}
