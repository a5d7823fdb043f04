-- CreateTable
CREATE TABLE "ReadingList" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "course" TEXT,
    "description" TEXT,
    "language" TEXT NOT NULL,
    "editTokenHash" TEXT NOT NULL,
    "shareToken" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ReadingListSection" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "listId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    CONSTRAINT "ReadingListSection_listId_fkey" FOREIGN KEY ("listId") REFERENCES "ReadingList" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReadingListItem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "listId" TEXT NOT NULL,
    "sectionId" INTEGER NOT NULL,
    "studyId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "importance" TEXT NOT NULL,
    "note" TEXT,
    "question" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ReadingListItem_listId_fkey" FOREIGN KEY ("listId") REFERENCES "ReadingList" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReadingListItem_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "ReadingListSection" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "ReadingList_shareToken_key" ON "ReadingList"("shareToken");

-- CreateIndex
CREATE INDEX "ReadingListSection_listId_idx" ON "ReadingListSection"("listId");

-- CreateIndex
CREATE INDEX "ReadingListItem_sectionId_idx" ON "ReadingListItem"("sectionId");

-- CreateIndex
CREATE UNIQUE INDEX "ReadingListItem_listId_studyId_key" ON "ReadingListItem"("listId", "studyId");
