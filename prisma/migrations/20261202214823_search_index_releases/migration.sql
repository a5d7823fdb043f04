-- CreateTable
CREATE TABLE "SearchIndexRelease" (
    "version" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "stamp" TEXT NOT NULL,
    "bytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "SearchIndexPart" (
    "version" INTEGER NOT NULL,
    "part" INTEGER NOT NULL,
    "bytes" BLOB NOT NULL,

    PRIMARY KEY ("version", "part"),
    CONSTRAINT "SearchIndexPart_version_fkey" FOREIGN KEY ("version") REFERENCES "SearchIndexRelease" ("version") ON DELETE CASCADE ON UPDATE CASCADE
);
