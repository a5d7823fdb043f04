-- CreateTable
CREATE TABLE "Study" (
    "id" TEXT NOT NULL,
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
    "ingestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Study_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StudyAuthor" (
    "id" SERIAL NOT NULL,
    "studyId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "provenance" JSONB NOT NULL,

    CONSTRAINT "StudyAuthor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StudyContributor" (
    "id" SERIAL NOT NULL,
    "studyId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "provenance" JSONB NOT NULL,

    CONSTRAINT "StudyContributor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StudyOriginal" (
    "studyId" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,

    CONSTRAINT "StudyOriginal_pkey" PRIMARY KEY ("studyId")
);

-- CreateTable
CREATE TABLE "StudyNearDuplicate" (
    "id" SERIAL NOT NULL,
    "studyId" TEXT NOT NULL,
    "otherId" TEXT NOT NULL,
    "similarity" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "StudyNearDuplicate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StudyKeyword" (
    "id" SERIAL NOT NULL,
    "studyId" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "value" TEXT NOT NULL,
    "provenance" JSONB NOT NULL,

    CONSTRAINT "StudyKeyword_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StudyOrganisation" (
    "id" SERIAL NOT NULL,
    "studyId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "acronym" TEXT,
    "role" TEXT NOT NULL,
    "inVocabulary" BOOLEAN NOT NULL DEFAULT true,
    "provenance" JSONB NOT NULL,

    CONSTRAINT "StudyOrganisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StudyCountry" (
    "id" SERIAL NOT NULL,
    "studyId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "provenance" JSONB NOT NULL,

    CONSTRAINT "StudyCountry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StudyFramework" (
    "id" SERIAL NOT NULL,
    "studyId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "quote" TEXT,
    "mechanisms" JSONB NOT NULL,
    "inVocabulary" BOOLEAN NOT NULL DEFAULT true,
    "provenance" JSONB NOT NULL,

    CONSTRAINT "StudyFramework_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StudyMethod" (
    "id" SERIAL NOT NULL,
    "studyId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "provenance" JSONB NOT NULL,

    CONSTRAINT "StudyMethod_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StudySection" (
    "id" SERIAL NOT NULL,
    "studyId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "heading" TEXT NOT NULL,
    "level" INTEGER NOT NULL,
    "language" TEXT,
    "text" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,

    CONSTRAINT "StudySection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StudyCaption" (
    "id" SERIAL NOT NULL,
    "studyId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,

    CONSTRAINT "StudyCaption_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StudyReference" (
    "id" SERIAL NOT NULL,
    "studyId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "raw" TEXT NOT NULL,
    "authors" JSONB NOT NULL,
    "year" INTEGER,
    "title" TEXT,
    "venue" TEXT,
    "doi" TEXT,
    "url" TEXT,

    CONSTRAINT "StudyReference_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StudyCitation" (
    "id" SERIAL NOT NULL,
    "studyId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "authors" TEXT NOT NULL,
    "year" INTEGER,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,

    CONSTRAINT "StudyCitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StudyFigure" (
    "id" SERIAL NOT NULL,
    "studyId" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "counts" TEXT NOT NULL,
    "sentence" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,

    CONSTRAINT "StudyFigure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReadingList" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "course" TEXT,
    "description" TEXT,
    "language" TEXT NOT NULL,
    "editTokenHash" TEXT NOT NULL,
    "shareToken" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReadingList_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReadingListSection" (
    "id" SERIAL NOT NULL,
    "listId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,

    CONSTRAINT "ReadingListSection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReadingListItem" (
    "id" SERIAL NOT NULL,
    "listId" TEXT NOT NULL,
    "sectionId" INTEGER NOT NULL,
    "studyId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "importance" TEXT NOT NULL,
    "note" TEXT,
    "question" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReadingListItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SearchIndexRelease" (
    "version" SERIAL NOT NULL,
    "stamp" TEXT NOT NULL,
    "bytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SearchIndexRelease_pkey" PRIMARY KEY ("version")
);

-- CreateTable
CREATE TABLE "SearchIndexPart" (
    "version" INTEGER NOT NULL,
    "part" INTEGER NOT NULL,
    "bytes" BYTEA NOT NULL,

    CONSTRAINT "SearchIndexPart_pkey" PRIMARY KEY ("version","part")
);

-- CreateIndex
CREATE UNIQUE INDEX "Study_sourceFile_key" ON "Study"("sourceFile");

-- CreateIndex
CREATE INDEX "StudyAuthor_studyId_idx" ON "StudyAuthor"("studyId");

-- CreateIndex
CREATE INDEX "StudyContributor_studyId_idx" ON "StudyContributor"("studyId");

-- CreateIndex
CREATE INDEX "StudyNearDuplicate_studyId_idx" ON "StudyNearDuplicate"("studyId");

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

-- CreateIndex
CREATE UNIQUE INDEX "ReadingList_shareToken_key" ON "ReadingList"("shareToken");

-- CreateIndex
CREATE INDEX "ReadingListSection_listId_idx" ON "ReadingListSection"("listId");

-- CreateIndex
CREATE INDEX "ReadingListItem_sectionId_idx" ON "ReadingListItem"("sectionId");

-- CreateIndex
CREATE UNIQUE INDEX "ReadingListItem_listId_studyId_key" ON "ReadingListItem"("listId", "studyId");

-- AddForeignKey
ALTER TABLE "StudyAuthor" ADD CONSTRAINT "StudyAuthor_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "Study"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudyContributor" ADD CONSTRAINT "StudyContributor_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "Study"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudyOriginal" ADD CONSTRAINT "StudyOriginal_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "Study"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudyNearDuplicate" ADD CONSTRAINT "StudyNearDuplicate_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "Study"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudyKeyword" ADD CONSTRAINT "StudyKeyword_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "Study"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudyOrganisation" ADD CONSTRAINT "StudyOrganisation_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "Study"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudyCountry" ADD CONSTRAINT "StudyCountry_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "Study"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudyFramework" ADD CONSTRAINT "StudyFramework_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "Study"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudyMethod" ADD CONSTRAINT "StudyMethod_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "Study"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudySection" ADD CONSTRAINT "StudySection_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "Study"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudyCaption" ADD CONSTRAINT "StudyCaption_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "Study"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudyReference" ADD CONSTRAINT "StudyReference_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "Study"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudyCitation" ADD CONSTRAINT "StudyCitation_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "Study"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudyFigure" ADD CONSTRAINT "StudyFigure_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "Study"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadingListSection" ADD CONSTRAINT "ReadingListSection_listId_fkey" FOREIGN KEY ("listId") REFERENCES "ReadingList"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadingListItem" ADD CONSTRAINT "ReadingListItem_listId_fkey" FOREIGN KEY ("listId") REFERENCES "ReadingList"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadingListItem" ADD CONSTRAINT "ReadingListItem_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "ReadingListSection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SearchIndexPart" ADD CONSTRAINT "SearchIndexPart_version_fkey" FOREIGN KEY ("version") REFERENCES "SearchIndexRelease"("version") ON DELETE CASCADE ON UPDATE CASCADE;
