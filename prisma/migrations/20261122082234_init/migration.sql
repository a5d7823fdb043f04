-- CreateTable
CREATE TABLE "Study" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sourceFile" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "sidecarHash" TEXT,
    "kind" TEXT NOT NULL,
    "languages" TEXT NOT NULL,
    "titleId" TEXT,
    "titleEn" TEXT,
    "titleDerived" BOOLEAN NOT NULL DEFAULT false,
    "abstractId" TEXT,
    "abstractEn" TEXT,
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

-- CreateTable
CREATE TABLE "StudyAuthor" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "studyId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "provenance" JSONB NOT NULL,
    CONSTRAINT "StudyAuthor_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "Study" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StudyKeyword" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "studyId" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "value" TEXT NOT NULL,
    "provenance" JSONB NOT NULL,
    CONSTRAINT "StudyKeyword_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "Study" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StudyOrganisation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "studyId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "acronym" TEXT,
    "role" TEXT NOT NULL,
    "provenance" JSONB NOT NULL,
    CONSTRAINT "StudyOrganisation_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "Study" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StudyCountry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "studyId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "provenance" JSONB NOT NULL,
    CONSTRAINT "StudyCountry_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "Study" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StudyFramework" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "studyId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "quote" TEXT,
    "mechanisms" JSONB NOT NULL,
    "provenance" JSONB NOT NULL,
    CONSTRAINT "StudyFramework_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "Study" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StudyMethod" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "studyId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "provenance" JSONB NOT NULL,
    CONSTRAINT "StudyMethod_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "Study" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StudySection" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "studyId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "heading" TEXT NOT NULL,
    "level" INTEGER NOT NULL,
    "language" TEXT,
    "text" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    CONSTRAINT "StudySection_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "Study" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StudyCaption" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "studyId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    CONSTRAINT "StudyCaption_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "Study" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StudyReference" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "studyId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "raw" TEXT NOT NULL,
    "authors" JSONB NOT NULL,
    "year" INTEGER,
    "title" TEXT,
    "venue" TEXT,
    "doi" TEXT,
    "url" TEXT,
    CONSTRAINT "StudyReference_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "Study" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StudyCitation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "studyId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "authors" TEXT NOT NULL,
    "year" INTEGER,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    CONSTRAINT "StudyCitation_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "Study" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StudyFigure" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "studyId" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "counts" TEXT NOT NULL,
    "sentence" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    CONSTRAINT "StudyFigure_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "Study" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Study_sourceFile_key" ON "Study"("sourceFile");

-- CreateIndex
CREATE INDEX "StudyAuthor_studyId_idx" ON "StudyAuthor"("studyId");

-- CreateIndex
CREATE INDEX "StudyKeyword_studyId_idx" ON "StudyKeyword"("studyId");

-- CreateIndex
CREATE INDEX "StudyOrganisation_studyId_idx" ON "StudyOrganisation"("studyId");

-- CreateIndex
CREATE INDEX "StudyOrganisation_key_idx" ON "StudyOrganisation"("key");

-- CreateIndex
CREATE INDEX "StudyCountry_studyId_idx" ON "StudyCountry"("studyId");

-- CreateIndex
CREATE INDEX "StudyCountry_key_idx" ON "StudyCountry"("key");

-- CreateIndex
CREATE INDEX "StudyFramework_studyId_idx" ON "StudyFramework"("studyId");

-- CreateIndex
CREATE INDEX "StudyFramework_key_idx" ON "StudyFramework"("key");

-- CreateIndex
CREATE INDEX "StudyMethod_studyId_idx" ON "StudyMethod"("studyId");

-- CreateIndex
CREATE INDEX "StudySection_studyId_idx" ON "StudySection"("studyId");

-- CreateIndex
CREATE INDEX "StudyCaption_studyId_idx" ON "StudyCaption"("studyId");

-- CreateIndex
CREATE INDEX "StudyReference_studyId_idx" ON "StudyReference"("studyId");

-- CreateIndex
CREATE INDEX "StudyCitation_studyId_idx" ON "StudyCitation"("studyId");

-- CreateIndex
CREATE INDEX "StudyFigure_studyId_idx" ON "StudyFigure"("studyId");
