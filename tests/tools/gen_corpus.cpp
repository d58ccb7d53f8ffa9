// Placeholder: replaced by the real generator.
int main() { return 0; }
