/**
 * The aligner's default word translations: about 200 of the most frequent Indonesian words
 * (function words, numbers, time, people, common verbs and nouns) with their usual English
 * counterparts. The aligner treats a shared translation as weak evidence that two
 * sentences belong together, as hunalign does; the full root dictionary replaces this
 * list through `AlignOptions.translations` when it exists.
 */
const SEED = `
ada:there,is,are,have,has,exist
adalah:is,are,was,were
agar:so,order
air:water
akan:will,would,going
aku:i,me,my
anak:child,children,son,daughter,kid,kids
antara:between,among
apa:what
atas:on,above,over,top
atau:or
bagi:for
bahwa:that
baik:good,well,fine
banyak:many,much,lot,lots
baru:new,just,only
barat:west,western
beberapa:several,some,few
belum:not,yet
benar:true,right,correct
besar:big,large,great
bisa:can,could,able
bukan:not,no
bulan:month,months,moon
buku:book,books
cepat:fast,quick,quickly
cukup:enough
dalam:in,inside,within,deep
dan:and
dapat:can,could,able,get
dari:from,of,than
datang:come,came,arrive,arrived
dengan:with,by
depan:front,next
di:in,at,on
dia:he,she,him,her
dua:two
empat:four
enam:six
harga:price,prices
hari:day,days
harus:must,should,have
hidup:life,live,lived,alive
hingga:until,to,up
hujan:rain,rained,raining
ia:he,she
ibu:mother,mom,mrs
ini:this,these
itu:that,those,the
jalan:road,street,way,walk
jam:hour,hours,clock,o'clock
jika:if
juga:also,too,as
juta:million,millions
kami:we,us,our
kamu:you,your
kapal:ship,boat
karena:because,since
kata:said,says,word,words
katanya:said,says
ke:to,into
kecil:small,little
kembali:back,again,return,returned
kemudian:then,later,afterwards
kepada:to
kerja:work
ketika:when,while,as
kini:now
kita:we,us,our
kota:city,town
kuat:strong
lagi:again,more,anymore
lain:other,another,else
lalu:then,last
lama:long,old
laut:sea,ocean
lebih:more,than
lima:five
luar:outside,foreign,out
maka:so,then
makan:eat,ate,eating,food,meal
malam:night,evening
mana:where,which
masih:still
masyarakat:community,people,public,society
mata:eye,eyes
mau:want,wanted,will
memang:indeed
mereka:they,them,their
milik:belong,own,owned
minggu:week,weeks,sunday
mungkin:maybe,perhaps,might,may,possible
naik:rise,rose,up,climb,climbed,board
namun:but,however,yet
negara:country,state,nation
nya:his,her,its,their,the
orang:people,person,man,men
pada:on,at,in
pagi:morning
paling:most
panjang:long,length
pemerintah:government
perempuan:woman,women,female,girl
persen:percent,per
pergi:go,went,gone,leave,left
pertama:first
polisi:police
pukul:o'clock,at,hit
pulang:home,return,returned
pulau:island,islands
puluh:ten,tens
rakyat:people,citizens
ratus:hundred,hundreds
ribu:thousand,thousands
rumah:house,home,houses
saat:when,moment,time,while
saja:just,only
sakit:sick,ill,pain,hurt,hospital
sama:same,together,with
sampai:until,reach,reached,arrive
sangat:very,extremely
satu:one
saya:i,me,my
sebagai:as
sebelum:before
sedang:while,currently,medium
sejak:since
sekarang:now
sekali:once,very
sekitar:about,around,approximately
sekolah:school,schools
selalu:always
selama:during,for,while
semua:all,every,everything,everyone
sendiri:own,alone,himself,herself,themselves,itself
sepuluh:ten
seperti:like,as
setelah:after
sore:afternoon,evening
sudah:already,has,have,had
suara:voice,sound,vote,votes
tahun:year,years
tak:not,no
tanah:land,soil,ground
tangan:hand,hands
tapi:but
tetapi:but,however
telah:has,have,had
teman:friend,friends
tempat:place,site
tengah:middle,center,central
tentang:about
terakhir:last,latest
terus:continue,kept,on
tiga:three
tidak:not,no,don't,didn't
tinggi:high,tall
timur:east,eastern
tua:old
tujuh:seven
tahu:know,knew,known,tofu
uang:money
untuk:for,to
utara:north,northern
wanita:woman,women
waktu:time,when
warga:residents,citizens,people
yang:that,which,who
januari:january
februari:february
maret:march
april:april
mei:may
juni:june
juli:july
agustus:august
september:september
oktober:october
november:november
desember:december
senin:monday
selasa:tuesday
rabu:wednesday
kamis:thursday
jumat:friday
sabtu:saturday
ayah:father,dad
bapak:father,mr,sir
kakak:brother,sister,elder
adik:brother,sister,younger
suami:husband
istri:wife
desa:village,villages
hutan:forest,forests,jungle
sungai:river,rivers
gunung:mountain,mount,volcano
pintu:door,doors
jendela:window,windows
presiden:president
menteri:minister
kepala:head,chief
dunia:world
indonesia:indonesia,indonesian
bahasa:language,languages
berita:news
perang:war
ekonomi:economy,economic
pasar:market,markets
bank:bank,banks
petani:farmer,farmers
nelayan:fisherman,fishermen
guru:teacher,teachers
dokter:doctor,doctors
`;

const table: ReadonlyMap<string, readonly string[]> = new Map(
  SEED.trim()
    .split('\n')
    .map((line) => {
      const [word = '', english = ''] = line.split(':');
      return [word, english.split(',')] as const;
    }),
);

const CLITICS = /(?:nya|lah|kah|pun|ku|mu)$/u;

/**
 * English counterparts of an Indonesian word (lowercase), from the seed list, trying the
 * word without an enclitic (`rumahnya` -> `rumah`) when the word itself is not listed.
 */
export function seedTranslations(idWord: string): readonly string[] {
  const direct = table.get(idWord);
  if (direct) return direct;
  if (idWord.length > 5) {
    const bare = idWord.replace(CLITICS, '');
    if (bare !== idWord) return table.get(bare) ?? [];
  }
  return [];
}

/** How many Indonesian words the seed list holds (for tests and documentation). */
export const SEED_SIZE = table.size;
