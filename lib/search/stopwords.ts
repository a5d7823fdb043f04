// Function words per language, kept short on purpose: content words (even frequent ones such as "negara",
// "peran", "state") stay searchable. The @nlpjs list was not used because it drops content words like "akhir".
const en = `a an and are as at be been being but by can could did do does for from had has have he her his how i if in
into is it its may might more most must no not of on or our shall she should so such than that the their them then
there these they this those through to too under up very was we were what when where which while who whom why will
with within would you your also between both each other over about against among any upon via per thus however`;

const id = `ada adalah agar akan aku anda antara apa apakah atas atau bagaimana bagi bahkan bahwa baik banyak beberapa
begitu belum benar berbagai bila bisa dalam dan dapat dari daripada demikian dengan di dia dimana ini itu jadi jika
juga justru kami kamu karena ke kemudian kepada ketika kita lagi lain lalu maka mana masih melalui mereka meski
namun oleh pada para per pula saat saja sangat sebagai sebelum sedang sehingga sejak sekitar selain seperti serta
setelah sudah suatu supaya tanpa telah tentang terhadap tersebut tetapi untuk walaupun yaitu yakni yang nya pun lah
kah sebuah seorang secara hal harus hanya hingga sebab ia`;

export const STOPWORDS: Record<'en' | 'id', Set<string>> = {
  en: new Set(en.split(/\s+/)),
  id: new Set(id.split(/\s+/)),
};
