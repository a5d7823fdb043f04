-- AlterTable
ALTER TABLE "Study" ADD COLUMN "doi" TEXT;
ALTER TABLE "Study" ADD COLUMN "url" TEXT;

-- CreateTable
CREATE TABLE "HarvestSource" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "baseUrl" TEXT NOT NULL,
    "setSpec" TEXT,
    "metadataPrefix" TEXT NOT NULL,
    "repositoryName" TEXT,
    "harvestedUntil" TEXT,
    "lastRunAt" DATETIME,
    "lastOutcome" JSONB
);

-- CreateTable
CREATE TABLE "HarvestRecord" (
    "sourceKey" TEXT NOT NULL,
    "identifier" TEXT NOT NULL,
    "datestamp" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "parserStamp" TEXT NOT NULL,
    "studyId" TEXT NOT NULL,
    "merged" BOOLEAN NOT NULL DEFAULT false,
    "doi" TEXT,
    "url" TEXT,

    PRIMARY KEY ("sourceKey", "identifier"),
    CONSTRAINT "HarvestRecord_sourceKey_fkey" FOREIGN KEY ("sourceKey") REFERENCES "HarvestSource" ("key") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "HarvestRecord_studyId_idx" ON "HarvestRecord"("studyId");
