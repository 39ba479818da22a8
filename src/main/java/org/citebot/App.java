package org.citebot;

/** Entry point: parses the command line and runs the chosen subcommand. */
public final class App {

    private App() {
    }

    public static void main(String[] args) {
        System.out.println("citebot");
    }
}
