-- CreateTable
CREATE TABLE "StudyOriginal" (
    "studyId" TEXT NOT NULL PRIMARY KEY,
    "mediaType" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "bytes" BLOB NOT NULL,
    CONSTRAINT "StudyOriginal_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "Study" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Study" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sourceFile" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "sidecarHash" TEXT,
    "parserStamp" TEXT NOT NULL DEFAULT '',
    "kind" TEXT NOT NULL,
    "languages" TEXT NOT NULL,
    "titleId" TEXT,
    "titleEn" TEXT,
    "titleDerived" BOOLEAN NOT NULL DEFAULT false,
    "abstractId" TEXT,
    "abstractEn" TEXT,
    "abstractIdTruncated" BOOLEAN NOT NULL DEFAULT false,
    "abstractEnTruncated" BOOLEAN NOT NULL DEFAULT false,
    "affiliation" TEXT,
    "email" TEXT,
    "venue" TEXT,
    "volume" TEXT,
    "issue" TEXT,
    "year" INTEGER,
    "periodFrom" INTEGER,
    "periodTo" INTEGER,
    "originalText" TEXT NOT NULL,
    "cleanText" TEXT NOT NULL,
    "provenance" JSONB NOT NULL,
    "repairs" JSONB NOT NULL,
    "format" TEXT NOT NULL DEFAULT 'text',
    "pages" JSONB,
    "comparisonTerms" TEXT NOT NULL DEFAULT '',
    "comparisonTitleTerms" TEXT NOT NULL DEFAULT '',
    "ingestedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Study" ("abstractEn", "abstractEnTruncated", "abstractId", "abstractIdTruncated", "affiliation", "cleanText", "comparisonTerms", "comparisonTitleTerms", "contentHash", "email", "id", "ingestedAt", "issue", "kind", "languages", "originalText", "parserStamp", "periodFrom", "periodTo", "provenance", "repairs", "sidecarHash", "sourceFile", "titleDerived", "titleEn", "titleId", "updatedAt", "venue", "volume", "year") SELECT "abstractEn", "abstractEnTruncated", "abstractId", "abstractIdTruncated", "affiliation", "cleanText", "comparisonTerms", "comparisonTitleTerms", "contentHash", "email", "id", "ingestedAt", "issue", "kind", "languages", "originalText", "parserStamp", "periodFrom", "periodTo", "provenance", "repairs", "sidecarHash", "sourceFile", "titleDerived", "titleEn", "titleId", "updatedAt", "venue", "volume", "year" FROM "Study";
DROP TABLE "Study";
ALTER TABLE "new_Study" RENAME TO "Study";
CREATE UNIQUE INDEX "Study_sourceFile_key" ON "Study"("sourceFile");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
