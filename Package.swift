// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Dossier",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "dossier", targets: ["dossier"]),
        // For the fuzzers in Fuzz/, a separate package that depends on this one.
        .library(name: "DossierCore", targets: ["DossierCore"]),
        .library(name: "DossierNotes", targets: ["DossierNotes"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcursesw",
            path: "Sources/CNcursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            path: "Sources/CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "DossierCore",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "DossierNotes",
            dependencies: ["DossierCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(
            name: "DossierImport",
            dependencies: ["DossierCore", "CLibXML2"]
        ),
        .target(
            name: "DossierIndex",
            dependencies: ["DossierCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(
            name: "DossierTUI",
            dependencies: ["DossierCore", "DossierNotes", "DossierIndex", "CNcursesw"]
        ),
        .executableTarget(
            name: "dossier",
            dependencies: [
                "DossierCore", "DossierNotes", "DossierTUI", "DossierImport", "DossierIndex",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "DossierCoreTests", dependencies: ["DossierCore"], resources: [.copy("Fixtures")]),
        .testTarget(name: "DossierImportTests", dependencies: ["DossierImport", "DossierCore"]),
        .testTarget(name: "DossierNotesTests", dependencies: ["DossierNotes", "DossierCore"], exclude: ["Fixtures"]),
        .testTarget(name: "DossierIndexTests", dependencies: ["DossierIndex", "DossierCore"]),
        .testTarget(name: "DossierTUITests", dependencies: ["DossierTUI", "DossierCore", "DossierNotes", "DossierIndex"], resources: [.copy("Golden")]),
        .testTarget(name: "EndToEndTests", dependencies: ["DossierCore"], exclude: ["Golden", "Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
