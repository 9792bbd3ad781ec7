package fr.enquete.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** A command line run as a pipeline would: its exit code, standard output and standard error. */
record CliRun(int code, String out, String err) {

    static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }
}
