/// The version of Dossier: the one place it is written. `dossier --version`, the
/// `--help` text and the generated man page all take it from here.
enum DossierVersion {
    static let current = "0.1.0"
}
