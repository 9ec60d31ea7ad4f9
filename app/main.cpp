#include "Application.h"

int main(int argc, char *argv[])
{
    return gpucompare::Application::run(argc, argv);
}
