-- AlterTable
ALTER TABLE "Study" ADD COLUMN     "doi" TEXT,
ADD COLUMN     "url" TEXT;

-- CreateTable
CREATE TABLE "HarvestSource" (
    "key" TEXT NOT NULL,
    "baseUrl" TEXT NOT NULL,
    "setSpec" TEXT,
    "metadataPrefix" TEXT NOT NULL,
    "repositoryName" TEXT,
    "harvestedUntil" TEXT,
    "lastRunAt" TIMESTAMP(3),
    "lastOutcome" JSONB,

    CONSTRAINT "HarvestSource_pkey" PRIMARY KEY ("key")
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

    CONSTRAINT "HarvestRecord_pkey" PRIMARY KEY ("sourceKey","identifier")
);

-- CreateIndex
CREATE INDEX "HarvestRecord_studyId_idx" ON "HarvestRecord"("studyId");

-- AddForeignKey
ALTER TABLE "HarvestRecord" ADD CONSTRAINT "HarvestRecord_sourceKey_fkey" FOREIGN KEY ("sourceKey") REFERENCES "HarvestSource"("key") ON DELETE CASCADE ON UPDATE CASCADE;
