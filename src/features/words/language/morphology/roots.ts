/**
 * Root-word list for the Sanding morphological analyzer.
 *
 * Written for this project from the authors' own knowledge of Indonesian; it is not derived
 * from Sastrawi, KBBI dumps or any other published word list. Entries are lowercase base forms
 * (kata dasar), one per token. A handful of entries are words that look affixed but are
 * lexicalised in standard Indonesian (e.g. `pasukan`, `kemudian`, `pengaruh`, `berangkat`) or
 * pseudo-reduplications that have no simple base (`kupu-kupu`, `sia-sia`); listing them here is
 * what stops the analyzer from taking them apart.
 *
 * Derived forms must NOT be added (no `pelajar`, `pemerintah`, `tersebut`): a derived form in
 * this list would hide its real root.
 */

// Grouped by topic only to make the list easier to review; the grouping has no meaning at run time.
const SOURCE = `
aku saya kamu engkau anda dia ia kami kita mereka beliau kalian ini itu sini situ sana
yang dan atau tetapi tapi namun serta dengan untuk bagi dari ke di pada dalam oleh kepada
daripada tentang antara sejak hingga sampai ketika saat sambil seperti bagai
bagaimana mengapa kenapa apa siapa mana kapan berapa beberapa juga pun lagi sudah telah
belum akan masih baru pernah hanya cuma saja sangat amat paling lebih kurang agak cukup
hampir bahkan malah justru memang tentu pasti mungkin barangkali jangan bukan tidak tak
harus mesti boleh dapat bisa mampu mau ingin perlu agar supaya jika kalau apabila bila
karena sebab maka lalu kemudian padahal meski walau biar kecuali tanpa demi maupun
ya nah kok sih dong para sang si semua segala tiap masing-masing banyak sedikit seluruh
lain sama sendiri diri segera kini tadi nanti dulu dahulu sekarang kemarin besok lusa
sekitar sekaligus olahraga matahari kacamata manakala seraya
adalah ialah yakni yaitu oh wah aduh halo mari silakan tolong terima kasih

satu dua tiga empat lima enam tujuh delapan sembilan puluh belas ratus ribu juta miliar
triliun nol per pertama angka nomor jumlah hitung kali ganda

hari minggu bulan tahun abad jam menit detik pagi siang sore malam senja subuh fajar
musim masa zaman era waktu tanggal periode dekade pekan akhir awal mula mulai sejarah
senin selasa rabu kamis jumat sabtu januari februari maret april mei juni juli agustus
september oktober november desember libur cuti jadwal

rumah kamar dapur pintu jendela atap lantai dinding meja kursi lemari rak bantal kasur
selimut lampu kunci tangga halaman kebun taman pagar jalan gang lorong kota desa kampung
pasar toko warung kantor sekolah kampus universitas masjid gereja pura kuil vihara bank
hotel restoran kafe bandara stasiun terminal halte jembatan gedung menara istana penjara
gudang pabrik bengkel apotek klinik pos markas benteng tenda pondok asrama kos kota
ruang teras loteng sumur kolam kamar mandi

sungai danau laut pantai pulau gunung bukit hutan sawah ladang langit bumi bulan bintang
awan hujan angin badai petir guntur banjir gempa api air tanah batu pasir debu asap udara
es salju embun kabut ombak gelombang arus teluk selat tanjung samudra benua lembah jurang
gua tebing rawa padang kawah lahar lumpur karang tambang batubara minyak gas emas perak
nikel timah tembaga besi baja semen kayu ranting daun akar batang bunga buah biji pohon
rumput lumut bambu rotan kelapa sawit karet padi gandum kedelai jagung

kepala rambut mata hidung telinga mulut bibir gigi lidah leher bahu dada perut punggung
pinggang tangan jari kaki lutut kulit darah tulang otot jantung hati otak wajah muka dahi
pipi dagu kuku lengan siku paha betis tumit tubuh badan jiwa napas nafas suara keringat
air mata paru-paru ginjal usus saraf janggut kumis alis bulu

orang manusia lelaki perempuan wanita pria anak bayi ibu bapak ayah kakak adik abang
nenek kakek paman bibi om tante suami istri keluarga saudara sepupu cucu teman kawan
sahabat tetangga tamu guru dosen murid siswa mahasiswa dokter polisi tentara nelayan
karyawan buruh sopir raja ratu presiden menteri gubernur bupati camat lurah wali hakim
jaksa wartawan warga rakyat bangsa tokoh anggota kanak-kanak remaja dewasa janda duda
ilmuwan wisatawan relawan seniman dermawan bangsawan budayawan olahragawan negarawan
putra putri pangeran jenderal kapten kolonel mayor letnan sersan kopral prajurit serdadu
diplomat duta konsul sekretaris direktur manajer profesor insinyur arsitek pilot
nabi rasul ulama imam pendeta biksu santri kiai haji

buku pena pensil kertas tas sepatu baju celana kemeja kaos topi jam cincin kalung gelang
dompet uang kartu surat amplop kotak botol gelas piring mangkuk sendok garpu pisau panci
wajan kompor kulkas televisi radio telepon ponsel komputer laptop internet kamera foto
gambar film musik lagu video berita koran majalah kabar pesan payung jaket rok sarung
kain benang jarum gunting tali rantai paku palu obeng kunci sabun sikat handuk cermin
sisir bedak parfum kacamata ember sapu keranjang karung tikar lilin korek kabel baterai
mesin motor roda ban setir rem layar tombol sinyal satelit antena

nasi roti mi mie bakso sate soto sayur buah daging ayam ikan telur susu kopi teh gula
garam minyak cabai cabe bawang tomat kentang kacang tahu tempe kue madu jeruk mangga
pisang apel pepaya nanas semangka durian beras lauk sambal kecap merica lada jahe kunyit
santan tepung keju mentega sup bubur jamu es rujak gado-gado

anjing kucing burung bebek kambing sapi kerbau kuda babi gajah harimau singa monyet kera
ular buaya tikus semut nyamuk lalat lebah kupu-kupu hiu paus penyu kura-kura katak kodok
cicak laba-laba cumi-cumi udang kepiting kerang belut lele domba unta rusa kelinci serigala
beruang elang merpati ayam itik angsa kambing ternak hewan binatang ulat cacing kecoak
biri-biri ubur-ubur lumba-lumba

mobil sepeda bus kereta kapal perahu pesawat truk taksi becak ojek helikopter tank kapal
sampan rakit jet

negara partai pemilu politik ekonomi hukum pasal ayat program proyek dana pajak harga
biaya modal utang hutang bunga saham pasar bursa investasi ekspor impor industri produk
bisnis usaha dagang niaga barang jasa kerja karya upah gaji honor bonus tarif subsidi
cukai kurs rupiah dolar euro devisa kredit laba rugi untung korupsi suap kasus saksi
korban bukti vonis sanksi denda militer senjata bom rudal roket granat peluru senapan
meriam nuklir pasukan armada perang damai konflik krisis bencana longsor wabah provinsi
kabupaten wilayah daerah kawasan dunia internasional nasional regional lokal global asing
pusat istana parlemen kabinet dewan majelis lembaga badan komite panitia komisi koalisi
oposisi fraksi delegasi federasi organisasi asosiasi institusi konstitusi revolusi
reformasi demokrasi diplomasi birokrasi otonomi
undang-undang

media informasi data digital aplikasi situs laman sistem teknologi sinyal
internet posting unggah unduh akun sandi kata kalimat bahasa huruf bunyi arti makna
istilah tema topik judul bab halaman naskah dokumen arsip

sekolah kelas ilmu tugas kuliah kampus fakultas gelar ijazah riset teori studi
nilai rapor skripsi tesis disertasi

sakit obat dokter klinik pasien virus vaksin demam batuk pilek luka gizi sehat flu
pandemi epidemi infeksi kanker diabetes darah

demokrasi diplomasi diplomat diplomatik strategi taktik operasi misi aksi reaksi transaksi
koneksi proteksi inspeksi investigasi legislasi regulasi sirkulasi simulasi spekulasi
tradisi posisi kondisi situasi relasi populasi inflasi deflasi resesi produksi konsumsi
distribusi kontribusi solusi evaluasi sosialisasi mediasi negosiasi aspirasi inspirasi
motivasi prestasi reputasi fasilitas prioritas kualitas kuantitas aktivitas identitas
komunitas mayoritas minoritas otoritas realitas stabilitas kapasitas efektivitas
klarifikasi verifikasi klasifikasi modifikasi sertifikat sertifikasi kualifikasi
promosi proses protes praktik kritik klaim transfer traktir sponsor stabil sukses
fokus fungsi fitnah variasi versi vonis visi vitamin volume
praktis teknis politis ekonomis strategis harmonis dinamis optimis pesimis realistis
kritis logis otomatis sistematis dramatis drastis demokratis fantastis eksklusif efektif
efisien aktif pasif positif negatif agresif kreatif produktif kompetitif intensif masif
signifikan relevan dominan elegan profesional tradisional konvensional potensial esensial
sosial finansial komersial sipil publik republik total final formal normal legal ilegal
mental moral ideal liberal radikal vertikal horizontal kriminal nominal minimal maksimal
optimal universal spiritual virtual aktual manual individual visual struktural kultural
natural komunis sosialis kapitalis teroris jurnalis aktivis analis turis terorisme
ideologi kapitalisme imperialisme nasionalisme komunisme parade momen simbol sektor
faktor aktor direktur kandidat kampanye birokrat teknik teknologi energi listrik bensin
solar internet konsumen investor asuransi pensiun target komoditas inflasi krisis resesi
status standar struktur kultur format forum festival konser kompetisi turnamen juara
medali rekor skor gol tim klub liga atlet stadion

besar kecil panjang pendek tinggi rendah luas sempit lebar tebal tipis berat ringan cepat
lambat pelan keras lembut lunak kuat lemah kaya miskin mahal murah baru lama tua muda panas
dingin hangat sejuk basah kering bersih kotor terang gelap cerah mudah sulit susah sukar
senang sedih marah takut berani malu bangga bahagia gembira sehat sakit lapar haus kenyang
lelah capek letih cantik indah jelek bagus ramah sopan jujur bodoh pintar pandai cerdas
rajin malas sibuk sepi ramai penuh kosong jauh dekat dangkal tajam tumpul manis asam asin
pahit pedas enak lezat segar busuk halus kasar licin lurus bengkok bulat datar tegak miring
beda aman bahaya damai adil benar salah tepat jelas nyata pasti penting utama khusus umum
biasa aneh asing sederhana mewah rapi sunyi tenang ribut kacau gagah lincah sabar setia
jahat mampu merdeka bebas ketat longgar wajib resmi rahasia sah halal haram suci sejahtera
makmur subur tandus gemuk kurus langsing tampan elok buruk baik sempurna lengkap tuntas
utuh mulia hina kejam ganas liar jinak galak lucu serius santai sibuk giat tekun lengah
waspada cermat teliti ceroboh mesra akrab intim tabah tegas ragu yakin bimbang
pucat sepele hebat dahsyat parah ringan gawat darurat genting krusial vital maju mundur
macet lancar licik cerdik curang sombong rendah hati bijak arif celaka sial
lapang sesak padat renggang jarang sering kerap
merah putih hitam hijau biru kuning ungu coklat cokelat abu jingga oranye emas perak
merah muda

ada adu ajak ajar akhir alam alih alir ambil amuk ancam anggap angkat angkut anjur antar
antre anyam apung arah asah asuh atur awas ambruk
bagi bahas bakar balas balik bangkit bangun banting bantah bantu banding bayang bayar baca
bawa beda bedah bekal bela belah beli belok bentang bentuk beri bimbing bina bisik buang
buat bujuk buka bunuh buru butuh bungkus bunyi bela bayar bangkrut
cabut cakup campur cari catat cegah cek celup cemas cerita cermin cetak cicil cinta cipta
coba coblos cocok cubit cuci cukur culik curi curiga cium
daftar dakwa damping dapat datang daki dekat dengar desak didik diam dorong duduk dukung
duga debat dandan
edar ejek eja
gabung gagal gagas gali gambar ganggu ganti garuk gelar gema gemar gerak gigit goda golong
goreng gosok gugat gugur gulung guna guyur gulat geser
hadap hadir hafal hajar hambat hancur hantam hantar hapus harap hasil hasut hembus hemat
henti hias hibur hidang hidup hilang hina hindar hirup hisap hubung hujat huni hormat
ikat ikut ilham imbau inap ingat injak intip isi izin
jabat jadi jaga jahit jamin jangkau jaring jatuh jawab jelajah jemput jenguk jepit jual
jumpa janji juang
kabul kagum kait kaji kalah kandung kantuk karang kasih kawal kawin kejar kejut kelola kemas
kembang kena kenal kenang kendali kepung keluh kibar kikis kirim kira kritik kubur kuasa
kukus kumpul kunci kunjung kupas kutip kutuk
labuh lahir laku lamar lampir lancar langgar lanjut lantik lapor larang latih lawan layan
lempar letak letus lewat libat lihat lindung lintas lipat lolos lompat lukis lulus luncur
lupa laksana lacak
main makan maki malu mandi masak masuk mati minta minum mimpi mohon muat muncul muntah
nikah nikmat nyala nyanyi
obat obrol olah oles
pacu pahat pakai paksa pamer pancing pandang panen panggang panggil pangkas panjat pantau
pasang pasok patuh pecah pecat pegang peluk pelihara pentas perah peras periksa perintah
pikir pikul pilih pimpin pindah pinjam potong pukul puji pulang pulih punya pungut putar
putus pesan pergi
raba raih rajut rakit ramal rampas rampok rancang rangkum rangkul rasa rawat rayu rebus
rebut redam rekam rekrut remas rencana rendam rentang resap rias ringkas robek rontok
runding rusak rumus
sadar sahut saing saji salin salip sambung sambut sangka santap sapa sapu saring sebar
sebut sedia segel sekap selam selamat selesai selidik selip sembah sembelih sembunyi
sembuh semprot sengat sentuh serah serang serap seret sesal siap siar sidang sikat siksa
simak simpan singgah singkir siram sisa sisih sita sobek sokong sorak suap suka sulap
sulut sumbang sumpah suntik surut suruh susul susun syukur syarat
tabrak tabung tagih tahan tahu tambah tambat tampil tampung tanam tanda tanding tanggap
tanggung tangis tangkap tanya tari tarik tawar tayang tebak tebang tebar tegur tekan telan
temu tembak tempel tempuh tendang terap terbang terbit teriak terima tetes tidur tikam
timbang timbul timbun tindak tinggal tinju tiru tiup tolak tolong tonjol tonton tuang
tuduh tugas tuju tukar tulis tumbuh tumpah tunda tunggu tunjuk turun turut tusuk tutup
tuntut tabur tawa tarung tualang
ubah ucap uji ukir ukur ulang ulas umpat undang undur unggul ungkap ungsi urai urus
usaha usir usul usut utus
waris warna wawancara wujud
yakin

tani kebun ternak dagang layar laut pasar sawah tambang
rasa raya rumah ruang tempat kota desa batas
bom cat cek tik lap las pel bor rem tes lem klik sah pak cor sol bel
khawatir khianat khusus
ziarah zakat

sepakat setuju sesuai sebab semangat sempat sempit sendok seni sepatu sepeda serang
sering setia sewa sejuk sedih sedang segar segi sehat sejarah selatan selalu selesai
semua sendiri senang senjata seperti serius suatu
berita beras berat bersih bersin benar benda bendera bekas bela belakang belanja belantara
bensin berangkat berani berkas berlian besar betul bengkel bencana beranda belum
diam dingin dinding dinas dini didik dikit diskusi disiplin
kemudian kembali kemarin kepala keras kereta keringat kecil kelas kebun kentang kertas
keju kena kenal kental kepada ketika keluarga keliling kelapa kemeja kecap keranjang keris
kelinci kekal ketat ketik kelompok keluar kemah kemas kemudi kening kendala
meja mewah mesin merdeka menteri mertua menit meter metode merek mempelai memang merica
merah mereka mentah menara mendung
pesan pesta peta petang pedas pena pendek penting penuh pensil perempuan pertama
peristiwa persis percaya perlu persen pergi perut perahu peran perang perintah pengaruh
pegawai pelan pelangi pekan perak perangkap pesawat peluru permata pelita
terima terus terang terbang terap teman tempat tenang tengah tentang tentu tetap tetapi
telur telinga telepon teori teknik terminal teras teriak terjemah terbit tempo tenaga
tebal tegas tekun tenda tenun tepung terumbu
pasukan bahkan bukan makan minum minta mulai masuk ikan jalan taman tekan tahan badan
zaman hutan hujan bahan tangan jangan lawan kawan tuan kanan ladang padahal korban iklan
kiri kami lagi pagi mati kunci bunyi pasti bumi gigi kopi roti nasi sapi kursi polisi
kapan salah kalah telah masalah istilah langkah nikah sudah olah belah lelah
buku kuku suku saku aku ilmu tamu hanya punya tanya dunia mana
sekolah sekarang sebentar sedikit senja sedang

delegasi militer parade pandemi momen imperialisme politbiro partai komunis federasi
kamerad karpet spanduk bandara landas pacu aplikasi video telegram publik harmonis
potensial program nuklir deputi departemen juru bicara ujar kata tahap singkat
gencat tiba simbol acara hal surat upaya ekspor lipat kali ribu kasus serikat kepada
negeri luar baik hukum peran meja kembali mitra ekonomi politik media sanksi ketat
tujuh uni bulan wilayah daripada lebih tinggi tahun ibu kota awal ikut serta
hari bendera utara barat atas tanah air anggota hadir pihak rekan tulis baris
tentara hormat tutup dagang tukar lapor ubah bijak ingat cakup tanggap desak henti
hindar tindak guna tuduh bantu tolak milik sepakat runding ancam langgar laku dorong
hubung kutip kuat nilai temu kembang tunjuk sambut kunjung menang raya tanda bebas
undang pimpin gabung kira mediasi posting jabat perintah bijak akhir datang diri sama
penting bahasa datang sebut puluh

amerika eropa asia afrika australia indonesia malaysia singapura thailand filipina
vietnam jepang korea cina china india arab mesir turki rusia ukraina jerman prancis
inggris belanda italia spanyol kanada brasil meksiko iran irak israel palestina jawa
sumatra kalimantan sulawesi papua bali jakarta bandung surabaya medan yogyakarta

ajal aib akal akrab aksara alamat alat alas alun ambang amanat ampun anak anggrek
angin angkasa aneka anjur antik anugerah apa api arak arena arwah asal asap asli asrama
atlas ati awak awal awet ayat ayun azan

bab babak bahagia bahu baju bakat bakti balai balap balok bambu bandar bangku
bangsa bantal barat baris basa basi batin batuk bau bawah bayi bebas bedak bekal
belas beling benih bentuk bersih biasa bibit bidang bilik bimbang bingung bintang bisa
bisnis bocah bola bonus borong botak bubar budaya budi bujang bukit bulu bumbu bunga buntu
burung busa busur buta

cabang cahaya cakap cakrawala calon camat campak candi canggih cantik capai cara cedera
cekatan celah cemara cepat cerah cerdas cerita cermat cincin cipta ciri citra cocok contoh
corak cuaca cuka cukup cukai cula curam

dada dagu dahan dahaga dalang damai dampak danau dandan dapur darat dasar data daun daya
debu dekat denda depan deras derajat derita desa detik dewa dewan dewi dinas doa dosa
dua duka dukun dusta duta dunia

ekor elok embun emosi enak engsel enggan erat esok

gadis gagak gagah gairah galak gampang ganas gandeng gang ganjil garis garpu gaya gedung
gelap gelas gelisah gembira gempa gemuk gendang genggam gerbang gereja getar giat gila
gizi gorong gua gubuk gula gulma gunung gurun

hak hakikat halus hama hambar hamil hampa hangat hangus hanyut harimau harta haru hasrat
hati hawa hebat hektar helai hendak hening hikmah hilir himpun hina hitung hormon hulu
huruf hutan

ibadah ibarat idaman ijin ikhlas ikrar ilmu imbang iman indah induk ingin insan intan
irama iring isu istana istri iuran

jagat jahat jalur jamur janda janggal jantan jantung jarak jari jasad jasa jatah jauh
jejak jelata jembatan jemu jenis jenazah jenuh jerat jerih jernih jiwa jodoh jorok jual
juara judul jurang jurus

kabupaten kacau kadar kain kaisar kakak kaki kalbu kaleng kalung kambuh kamus kandang
kapal kapur karang karat karib karung kasar kasih kata kaum kawasan kaya kayu kecewa
kejam kelas keluh kemarau kepiting kerabat kering kerja kesal khas
kilat kilo kimia kini kipas kisah kitab kocok kokoh kolam kompak konon kopi kota kuda
kuli kulit kuman kumuh kurus kutu

laba labuh lacur ladang lagu lahan lajur laku lalai lamban lampu lancang langit langka
langsung lantai lapang lapar larut lauk lawak layak lebar ledak legenda lekas lemah
lembaga lembah lengah lepas lereng lesu letih lidah lilin lingkar lingkung lintang lisan
logam lomba lonceng lorong lubang lucu luhur lumayan lumpuh lurah lurus lutut

mabuk madu mahal mahir majalah makam makhluk maklum makna maksud malam malang mampir
mangkuk manja mantan mantap marga martabat masa masyarakat mata mayat megah melati mental
mesin mesra mimbar minat minggu mirip modal modern mogok muda mujur mula mulia mulus murni
musim musuh mutu

nada nadi nafkah naga nakal nama nanah napas nasib nasihat negara nekat nenek niat nikmat
nisan nol nusa nyaman nyamuk nyawa nyeri nyonya

oknum omong ongkos orbit otak otot

pabrik padam padat padu pagar paham pahlawan pajang pakar paket paling paman pangan
pangkal pangkat panggung panitia panjang pantai pantas papan parah paras parit paru pasir
patung payah pecah pedih pekat pelosok pena penjara perabot
perkara pesisir petak petir pilar pinggir pipa pipi piring pohon pokok polos pompa porsi
puas pucat pucuk pudar pulau puncak pupuk pura-pura pusaka pusat pusing putih

racun ragam ragu rahasia rahmat raja rajin rakyat ramah rambu rambut rampung rantai rantau
rapat rapi rapuh ratap rata rawan rawa rekan rela remaja rencana rendah renung resah resep
ribut riang rimba rindu ringan rintang risiko rongga rugi rukun rumit runtuh
rupa rusuh

sabar sadis sahabat sakti saksi salju sampah sampul sandang sandar sangkar
santun sarana sarat sasar sastra satwa sawah sayang sayap sebab sedap segan sejati sekat
selang selera selisih seluk semak sembarang semut senat sengketa sentosa sepi serbu seri
setan siaga sial sifat sikap siksa silam silang simpul sinar sindir singkat sipil siram
sisi skala soal sombong sosok suasana subur sudut sulit sumber sumur sunyi sungai sungguh
sunyi surga surut susah susu syarat syair

tabiat tabu tafsir tagih tajam takdir takhta takut tali tamak tamat tambak tampak tampan
tanding tandus tangguh tangkai tanjung tapak tarif tawa tebing tegang tekad telanjang
teluk tembok tempur tenggara tenggat tepat tepi terik tertib tetes tiang tikar tikus tim
timur tinggi tingkat tinta tipu tirai titik tokoh tombak tonggak topeng tragis tuah
tubuh tugu tulang tulen tumpul tunai tunas tunggal tuntas turis tutur

ujung ulama ulet umat umbi umur undi unggas unik unsur untung upah urat usang
usia utama utuh

wabah wadah wafat wahana wajah wajar wajib waktu walikota wangi warganet warta
wasiat watak wewenang wibawa wisata wilayah

yatim yayasan

zona

sia-sia pura-pura kupu-kupu alang-alang gado-gado teka-teki huru-hara hiruk-pikuk
porak-poranda mondar-mandir compang-camping serba-serbi kocar-kacir simpang-siur
tunggang-langgang gotong-royong anai-anai labi-labi

naik sidik berantas taat benci boros manfaat moga musyawarah rosot anjlok lonjak tingkah adat agama
lenyap musnah punah generasi moyang leluhur penjuru iklim suhu topan tsunami erupsi vulkanik tol
transportasi daring luring gawai surel email perilaku erti
abadi abdi absen acak acu aduk agen ahli ajaib akibat alur amal ambisi andal andil anggun angker
angkuh antusias apik aspal awam ayu azab babat balita bangkai bantai barak barter basmi batik belai
bengkak bentrok berangus beres besuk betah biadab bidik bingkai bisu bocor bohong bolos bongkar
borgol bosan buai bual bujet buncit bundar bunting buram buron buyar cacat cadang cagar cair cakar
calo canda candu cangkul capit cegat cemar cemburu cengkeram cerai cerewet cicip cincang colok copet
corong cuek cukong curah dakwah dalih damba dekap demo dendam deret derma desain dobrak dongeng
dukacita dungu edukasi embargo entah evakuasi fakir fasih fatal figur fiksi fisik fitur fosil
frustrasi gadai galang ganja ganjar garap gaul gebrak gejala gemuruh genang gencar gerah gerebek
gertak gesit gilir giring golok gores gosip gratis gugah gulir guncang gundah gusur habis hadang
hadiah hajat halang hela hentak heran hijrah hikmat himbau idola imbal impas incar indra ingkar inti
isak isolasi isyarat jahil jajah jajak jalin jarah jegal jumbo kabur kais kakap kala kalang kandas
kantong karantina kebal kecam kecoh kecup kedip kekang kelabu kelahi kelak keliru kembar kerah
keriput ketuk khidmat kilas kisruh kobar kolaps komentar kontras kubu kucil kucur kudeta kukuh kultus
kumandang kunyah kurung labil laga lahap lajang laju lambai lampias landa lantang lapuk laskar latar
layu lebur lekat lelang lemas lembur lengang lepuh lilit limpah lindas lingkup liput loket lontar
luang luap lucut lugas luluh lumrah lunas lunglai luntur madya mafia majikan makar makelar maklumat
maling mampat mandek mangkir marak mawas mekar melarat merdu minder mistik mitos molor mujarab
mumpung murka mutasi nafsu naluri nista noda nyaris olok omel oplos orasi pacar pamit pamor pancar
pandu panik pantang papar paruh pasrah patok patroli pawai pekik pelik pendam pengap pepet perangai
perih pesat pesona picu pidato pijak pikat pilu pindai pingsan piawai pisah pojok polemik pongah
poros potensi pungli pupus rabat racik rajam rakus rangka rasuk rayap razia redup regang rekat remuk
renggut rentan respons retak riuh rogoh rombak ronda rongrong rubuh rujuk rumpun
sabet sadap sajak sambar sampah sandera sanggup sapih sasar sebar segan sekat seleksi selundup
semarak sembako sempurna sendat sengaja sengit senggol serbu sergap sesak setor sigap sikut silau
simpati singgung sinis sisir siul sogok sontak sorot sudut sulam sumbat sunat sundul sungkan sunting
susut syahdu syok tabah tadah tafsir tagar takar takluk tambal tampar tampik tanak tancap tandas
tandu tangguh tangkal tangkis tantang tatap tawan tebus teguh tekuk telaah telantar telusur telat
tembus tempa tentram tepis terjang terka terkam terobos tetas tikai tilang timba timpa tindas tipu
titip toleh tonjok topang tuai tubruk tuding tular tumbang tumpas tumpu tunggak tunjang ubek ulur
umbar umpama umpan unjuk untai urung usik utang wanti wenang wirausaha
abai acuh adang adopsi advokasi agenda akademi akomodasi akreditasi akses akurat alergi alokasi
amunisi analisis anarki anomali antisipasi apresiasi area argumen aroma artis aset asimilasi aspek
atraksi audit autentik bahari baliho bandit basis bazar blokir bos budidaya buletin citra debut
defisit degradasi deklarasi delik deportasi desentralisasi deteksi diagnosis dialog diet diskon
dominasi donasi donor duel durasi edisi efek eksekusi eksis ekspansi eksplorasi ekspresi eliminasi
emisi empati erosi eskalasi estetika etika fakta fanatik fase fenomena filter fleksibel fluktuasi
formasi formulasi frekuensi galeri garansi genetik geografi gerilya grafik gugus hibah hibrida
hierarki histori humor identifikasi ilustrasi imigrasi imunisasi indikasi indikator individu
informal infrastruktur inisiatif inovasi insiden instruksi integrasi intelijen interaksi
interpretasi intervensi intimidasi invasi irigasi isu jurnal kalkulasi karakter karier kasasi
katalog kategori keramik klimaks kode koleksi kolonial kombinasi komitmen kompensasi komplain
kompleks komponen komunikasi konferensi konfirmasi konsekuensi konsep konservasi konsistensi
konsolidasi konsorsium konstruksi konsultasi kontak konteks kontrak kontrol konvoi koordinasi
koreksi korporasi kreasi kriteria kuota kurikulum legalisasi legenda legitimasi lisensi literasi
logistik lokasi lokomotif lobi manipulasi manuver margin materi mekanisme memori migrasi mobilisasi
modus monopoli moratorium motif narasi narkoba netral nominasi normalisasi notifikasi nutrisi objek
observasi obsesi ofensif opini optimalisasi orientasi panel paradigma parameter paspor paten
persepsi petisi pionir platform polusi portal prediksi premi presentasi prinsip privasi problem
profesi profil prosedur prospek protokol provokasi publikasi radar radiasi rasio rasional
realisasi rehabilitasi rekomendasi rekonstruksi rekreasi relokasi remisi renovasi representasi
reservasi residu restorasi retorika revisi ritual rotasi rute sabotase sampel satire segmen
sekuritas sensor sentimen sinergi skandal skema sketsa skeptis solidaritas spesies spesifik spontan
stamina statistik stigma stimulus stok substansi survei suspensi teritori toleransi tragedi
transparansi trauma tren tribun ultimatum urgensi utilitas vaksinasi valid validasi varian veteran
viral
bahwa sementara jelang palsu unit ruas tanggul suporter rintis sarang puskesmas suluh pola beban
begitu begini beku empuk lambang macam massa menu misal model peka peluang saran sekadar serba
ampuh mutakhir heboh gengsi ketus cuit dadak anggar jago kaku perangkat rubah kubah peri pasak
bekam bengong bius bolong boneka bubuk budak bugar busana butir cadas canggung cekung cemerlang
cengeng dayung denyut dermaga desir didih dinamika dongkrak doyan dusun elak elus embus encer enyah
erang firman gabah gagap gaib galah gamang gambut ganggang gapura garang garing gaung gelak gelegar
geleng gelincir gempur gemetar gentar gerai gerimis gesek getah getir gigih gilas goyang gubah
gulai gumpal gundul gurih gusi halau hampar harum hirau hunus ikal ikhtiar imbas impit indekos
ingus intai iris irit isap istirahat iya jala jamak jambu jambret jangka jebak jeda jemur jenak
jenggot jengkel jeruji jinjing jitu jompo jongkok judi juntai kaget kancing kardus karton kawat
kayuh kedai kejang kekar kelam kelamin kelereng kelip kempes kencang kendur kepak keping kepul
kerikil keriting kesan khayal kicau kikir kilau kios kolong komik kondang konyol kosakata kuah
kuas kubis kumal kupon kurir kursus kusam kusut labu laci lafal lagak lakon lalap landai lantun
lapis laris latah lazim lebat lecet ledek lekuk lelap lemak lembab lembek lempeng lendir lentur
lesat letup liang lidi lihai limbah limun lirik liur lobak logat lolong lontong loyo lusuh
macan mahar mahkota manggis mangsa mantra masam masker mawar melodi mempan menantu mendiang menung
merana merak misteri moncong mondok montok mual mudik mulas mungil murung musang mustahil nangka
natal ngeri ngilu ningrat nona nyaring nyenyak obor obral ompong onggok opor paceklik pahala pala
palang pamrih panah pancur pangku panglima pantat papa parang parau pasung patah payau pecel pedang
pegal pejam peluh pelupuk pematang penat pendar penggal pepatah perawan perisai perkosa peti piala
piara picik pijar pijat pinang pinset pintal pipih pita poci polah pori potret prihatin puing
pukau pulas pulut puntung pupil pusar pusara putik rabun ragi rahang rahim rambat ramping rancu
rangsang ranjang rantang rawit rebah redaksi reda rejeki rekah remah rembes renda renta rentak
repot retas riak rimbun rindang rintih riwayat roboh rokok rombeng rongsok ruam rumbai runcing
runduk rusuk sabda sabuk sadur sajadah salak salib saling sandal sangar sanggul sarapan sari
sarjana satria sawo sayat sayup sebal sedekah sekam selai selendang seling selokan selop semai
sembab sempoyongan sendu senyap serak serambi serasi serat sesat setop siasat sibak silat simpang
singgasana singkong sirih sirip sisik sisip sowan sudi sukarela sulung sumbu supir surai surau
surya swasta syahid
mancanegara upacara tabuh gamelan aju aparat alternatif turun-temurun jawab
wakil alas daulat kendara salur nganga salam senyum hambur tawa lari renang tenis golf sepak bola voli jalan kaki
kait dasar hadap kena
`;

/** The built-in root dictionary (lowercase). */
export const ROOTS: ReadonlySet<string> = new Set(
  SOURCE.split(/\s+/).filter((token) => token.length > 0),
);
