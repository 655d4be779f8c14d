/** A user's application on the module path: qakit's validator is all it asks for. */
module com.example.consumer {
    requires dev.qakit.validate;
}
