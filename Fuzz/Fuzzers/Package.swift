// swift-tools-version:6.0
// libFuzzer targets for Dossier's readers, kept out of the main package so that its
// `swift build` and `swift test` never build them. Build and run them with ../run.sh.
// (The folder is not Fuzz/ itself: a package's identity is its folder's name, and a
// checkout named "fuzz" would then depend on a package with its own identity.)
import PackageDescription

let package = Package(
    name: "DossierFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "Dossier", path: "../.."),
    ],
    targets: [
        .executableTarget(name: "fuzz-markdown", dependencies: [.product(name: "DossierCore", package: "Dossier")]),
        .executableTarget(name: "fuzz-yaml", dependencies: [.product(name: "DossierCore", package: "Dossier")]),
        .executableTarget(name: "fuzz-dates", dependencies: [.product(name: "DossierCore", package: "Dossier")]),
        .executableTarget(name: "fuzz-anchor", dependencies: [.product(name: "DossierCore", package: "Dossier")]),
        .executableTarget(name: "fuzz-w3c", dependencies: [.product(name: "DossierNotes", package: "Dossier")]),
    ],
    swiftLanguageModes: [.v6]
)
