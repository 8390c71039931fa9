#include "src/root/application.h"

int main(int argc, char* argv[]) {
    return rollwise::app::run(argc, argv);
}
