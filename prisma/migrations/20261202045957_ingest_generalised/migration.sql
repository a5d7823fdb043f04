-- CreateTable
CREATE TABLE "StudyContributor" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "studyId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "provenance" JSONB NOT NULL,
    CONSTRAINT "StudyContributor_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "Study" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StudyNearDuplicate" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "studyId" TEXT NOT NULL,
    "otherId" TEXT NOT NULL,
    "similarity" REAL NOT NULL,
    CONSTRAINT "StudyNearDuplicate_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "Study" ("id") ON DELETE CASCADE ON UPDATE CASCADE
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
    "ingestedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Study" ("abstractEn", "abstractId", "affiliation", "cleanText", "contentHash", "email", "id", "ingestedAt", "issue", "kind", "languages", "originalText", "periodFrom", "periodTo", "provenance", "repairs", "sidecarHash", "sourceFile", "titleDerived", "titleEn", "titleId", "updatedAt", "venue", "volume", "year") SELECT "abstractEn", "abstractId", "affiliation", "cleanText", "contentHash", "email", "id", "ingestedAt", "issue", "kind", "languages", "originalText", "periodFrom", "periodTo", "provenance", "repairs", "sidecarHash", "sourceFile", "titleDerived", "titleEn", "titleId", "updatedAt", "venue", "volume", "year" FROM "Study";
DROP TABLE "Study";
ALTER TABLE "new_Study" RENAME TO "Study";
CREATE UNIQUE INDEX "Study_sourceFile_key" ON "Study"("sourceFile");
CREATE TABLE "new_StudyFramework" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "studyId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "quote" TEXT,
    "mechanisms" JSONB NOT NULL,
    "inVocabulary" BOOLEAN NOT NULL DEFAULT true,
    "provenance" JSONB NOT NULL,
    CONSTRAINT "StudyFramework_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "Study" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_StudyFramework" ("id", "key", "mechanisms", "name", "provenance", "quote", "studyId") SELECT "id", "key", "mechanisms", "name", "provenance", "quote", "studyId" FROM "StudyFramework";
DROP TABLE "StudyFramework";
ALTER TABLE "new_StudyFramework" RENAME TO "StudyFramework";
CREATE INDEX "StudyFramework_studyId_idx" ON "StudyFramework"("studyId");
CREATE INDEX "StudyFramework_key_idx" ON "StudyFramework"("key");
CREATE TABLE "new_StudyOrganisation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "studyId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "acronym" TEXT,
    "role" TEXT NOT NULL,
    "inVocabulary" BOOLEAN NOT NULL DEFAULT true,
    "provenance" JSONB NOT NULL,
    CONSTRAINT "StudyOrganisation_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "Study" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_StudyOrganisation" ("acronym", "id", "key", "name", "provenance", "role", "studyId") SELECT "acronym", "id", "key", "name", "provenance", "role", "studyId" FROM "StudyOrganisation";
DROP TABLE "StudyOrganisation";
ALTER TABLE "new_StudyOrganisation" RENAME TO "StudyOrganisation";
CREATE INDEX "StudyOrganisation_studyId_idx" ON "StudyOrganisation"("studyId");
CREATE INDEX "StudyOrganisation_key_idx" ON "StudyOrganisation"("key");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "StudyContributor_studyId_idx" ON "StudyContributor"("studyId");

-- CreateIndex
CREATE INDEX "StudyNearDuplicate_studyId_idx" ON "StudyNearDuplicate"("studyId");
