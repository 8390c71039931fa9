#include "src/application.h"

int main(int argc, char* argv[]) {
    return rollwise::app::run(argc, argv);
}
