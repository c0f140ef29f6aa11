/**
 * First names and surnames that are common in the Netherlands, across the backgrounds of the children and parents
 * signallers write about. Curated by hand rather than taken from a package: the npm name lists either have no Dutch
 * names or are so large (hundreds of thousands of entries) that they hold ordinary Dutch words ("het", "school",
 * "moeder"), which would flag every sentence.
 *
 * Entries are written as people spell them; the detector compares them lowercased without diacritics. A list is a
 * space-separated string so the data stays compact and easy to extend.
 */

const words = (list: string): readonly string[] => list.split(/\s+/).filter(Boolean);

/** First names, grouped only to make gaps visible; a name may appear in more than one group. */
export const FIRST_NAMES: readonly string[] = [
  // Dutch, children (recent birth years)
  ...words('Daan Sem Noah Lucas Levi Finn Liam Luuk Milan Bram Jesse Thijs Sam Julian Adam Noud Siem Benjamin Lars Tim Thomas Ruben Stijn Teun Jens'),
  ...words('Gijs Tijn Hugo Boaz Dex Vince Olivier Ties Kai Floris Sven Morris Thom Jurre Rens Tobias Koen Niels Jasper Joep Pim Quinten Sepp Guus Cas'),
  ...words('Dani Daniel David Ryan Vic Mats Mees Otis Jay Jace Jax Luca Mick Nick Olaf Owen Pepijn Rayan Roan Rover Seth Stan Sil Tygo Wout Xavi Jip'),
  ...words('Job Joris Jelle Jort Jorn Lasse Lenn Lieuwe Loek Lowie Mauro Melle Mika Moos Nathan Niek Nout Oscar Pieter Rafael Ravi Sander Senn Siebe'),
  ...words('Emma Julia Mila Tess Sophie Zoë Sara Nora Yara Eva Liv Lotte Evi Noor Anna Olivia Saar Fenna Nina Fleur Lieke Elin Isa Lina Hailey Maud'),
  ...words('Lauren Sofie Lynn Yfke Roos Ella Esmee Luna Vera Lisa Iris Jasmijn Femke Sanne Anouk Demi Mia Sofia Elise Floor Hannah Hanna Jill Julie'),
  ...words('Kiki Lara Lana Lize Lizzy Loïs Lola Lot Lotje Lucy Madelief Maja Marit Merel Mirthe Nienke Nova Puck Rosa Rosalie Sterre Suze Tessa Vajèn'),
  ...words('Veerle Fay Feline Fiene Ilse Isabel Isabella Isabelle Amber Amy Charlotte Chloé Chloë Dewi Dilan Elena Elif Eline Emily Evy Fem Froukje Ise'),
  ...words('Milou Noa Lieve Linde Sophia Livia Mare Juul Nola Fien Ivy Benthe Bente Romy Britt Fenne Myla Roosje Sien Ada Mette Nena Jinthe Pien'),
  ...words('Guusje Senna Zara Amélie Luus Valerie Sarah Noëlle Fayenne Kaylee Kayleigh Jaylinn Quinty Shirley Tamara Yenthe Zoey Naomi Amira Liz'),
  ...words('Hidde Ole Bobby Vigo Joah Ezra Zayn Jake Beau Brent Colin Duuk Fedde Feije Hein Jelmer Julius Kick Lev Mads Milo Nolan Pelle Quin Rein'),
  ...words('Bo Rune Sjors Stef Tijs Valentijn Wessel Abe Aron Bowie Cees Damian Douwe Fabian Gerben Ivo Jochem Kasper Lucas Maxim Mohamed Pieter Thies'),
  // Dutch, adults and older generations
  ...words('Jan Piet Kees Klaas Henk Jaap Willem Wim Johan Gerrit Hans Peter Frank Marco Dennis Erik Mark Bas Jeroen Martijn Michiel Rob Roel Rick'),
  ...words('Rik Wouter Bart Joost Robin Kevin Jeffrey Stefan Vincent Maarten Arjen Remco Patrick Paul Arie Cor Dirk Evert Freek Gert Harm Hendrik'),
  ...words('Herman Jacob Jos Joop Karel Leo Marcel Martin Menno Nico Ruud Sjoerd Ton Wilco Wilbert Erwin Edwin Ronald Richard René Rutger Tjeerd'),
  ...words('Marieke Annemiek Linda Monique Petra Sandra Wendy Mirjam Esther Judith Karin Ellen Marloes Inge Els Ans Mieke Ria Annie Truus Greet Bep'),
  ...words('Nel Jolanda Carla Yvonne Miranda Sabine Daphne Manon Marleen Renate Nicole Anja Astrid Bianca Brenda Chantal Claudia Debora Diana Ester'),
  ...words('Gerda Hilde Ingrid Janneke Jantine Jolien Kim Lianne Lisanne Loes Maaike Margriet Maria Marian Marja Marjolein Martine Mirella Natasja'),
  ...words('Paulien Rianne Rineke Saskia Simone Tamara Tineke Willemijn Wilma Yvette Angela Anke Anneke Anne Annelies Bregje Carolien Cynthia'),
  // diminutives and pet names in everyday use
  ...words('Pietje Jantje Keesje Klaasje Marietje Annetje Liesje Mientje Sjaak Joke Lies Mien Trijntje'),
  // Turkish
  ...words('Mehmet Ahmet Mustafa Emre Burak Yusuf Ömer Kerem Eren Deniz Emir Efe Ege Alp Arda Berat Baran Batuhan Berkay Cem Doruk Enes Furkan Hakan'),
  ...words('Hüseyin Hasan İbrahim Ismail Kaan Kadir Mert Metin Murat Oğuz Onur Orhan Osman Ozan Serkan Selim Tolga Tuncay Volkan Yasin Yiğit Yunus'),
  ...words('Zeynep Ayşe Fatma Esra Büşra Ecem Irem Melis Selin Defne Ela Hatice Emine Azra Ecrin Elif Hira Miray Nisa Nehir Sude Yağmur Zehra Merve'),
  ...words('Aylin Beyza Buse Dilara Ebru Gül Gülsen Hülya Kübra Leyla Meryem Nur Özlem Sevgi Songül Tuğba Yasemin Zübeyde Derya Didem Gizem Sibel'),
  // Moroccan and other North African
  ...words('Mohammed Mohamed Muhammad Mohammad Ahmed Youssef Yassine Ayoub Bilal Hamza Amine Ilias Ilyas Anas Imran Omar Soufiane Mehdi Nordin Karim'),
  ...words('Rachid Khalid Abdel Abdelkader Abdelhak Abderrahim Adil Anouar Ayman Brahim Driss Hicham Jamal Marouan Mounir Mustapha Nabil Othman'),
  ...words('Redouan Said Samir Tarik Yahya Younes Zakaria Zakariya Idris Nassim Nouh Reda Rayane Amir Aziz Hakim Faris Ibrahim Issa Mourad'),
  ...words('Fatima Khadija Aicha Aïcha Aya Salma Yasmina Yasmine Nour Malak Hiba Imane Meryem Hajar Chaima Kaoutar Ikram Sanae Soukaina Loubna'),
  ...words('Naima Samira Latifa Najat Hanane Zineb Douae Asmae Btissam Fadoua Ghizlane Houda Ilham Jamila Karima Lamia Layla Malika Nadia Naoual'),
  ...words('Rajae Rania Safae Siham Souad Wafae Yousra Zahra Zainab Zaynab Nisrine Dounia Amal Amina Aminata Asma Hafsa Hind Ibtissam Ikrame'),
  // Surinamese, Antillean, Hindustani
  ...words('Quincy Jerrel Jairo Romano Dwayne Giovanni Glenn Jermaine Jamiro Kenneth Marciano Milton Orlando Ricardo Romeo Roy Shaquille Tyrone'),
  ...words('Shanice Sharon Naomi Chanel Chelsey Denise Gianella Jamilla Kimberley Latoya Precious Priscilla Rowena Shakira Tamira Xaviera Zoey Jaylen'),
  ...words('Rajesh Vikash Radj Soeniel Deepak Anil Ashwin Sandeep Kiran Ravi Rohan Arjun Krishna Shiva Vishal Amit Sunil Roshni'),
  ...words('Anjali Priya Sunita Shanti Nisha Reshma Sharda Amrita Anita Geeta Kavita Meera Poonam Radha Sarita Shanaya Sita Soraya Usha Varsha'),
  // Polish
  ...words('Jakub Kacper Szymon Filip Mateusz Bartosz Wojciech Piotr Krzysztof Tomasz Paweł Michał Łukasz Marek Adrian Dawid Dominik Grzegorz Igor'),
  ...words('Kamil Karol Maciej Marcin Mikołaj Oskar Patryk Przemysław Radosław Sebastian Stanisław Tymon Wiktor Zbigniew Jarosław Janusz Andrzej'),
  ...words('Zofia Zuzanna Maja Hanna Lena Alicja Oliwia Amelia Wiktoria Natalia Magdalena Agnieszka Katarzyna Małgorzata Joanna Łucja Kinga Ewa'),
  ...words('Aleksandra Barbara Beata Dorota Gabriela Iwona Jadwiga Justyna Karolina Marta Milena Monika Paulina Weronika Zosia Kasia Basia Ola Gosia'),
  // Ukrainian and Russian
  ...words('Oleksandr Dmytro Andriy Andrii Mykola Serhiy Serhii Ivan Maksym Artem Bohdan Taras Yurii Vasyl Volodymyr Oleh Mykhailo Denys Danylo'),
  ...words('Yaroslav Vladyslav Nazar Roman Pavlo Petro Stepan Sasha Dima Misha Vova Kostya Vitalii Anatolii Yevhen Ihor Oleksii Aleksandr Sergei'),
  ...words('Olena Oksana Iryna Nataliia Tetiana Yuliia Kateryna Anastasiia Sofiia Daryna Viktoriia Polina Mariia Alina Solomiia Khrystyna Liudmyla'),
  ...words('Halyna Svitlana Nadiia Valentyna Larysa Inna Olha Vira Zlata Myroslava Varvara Veronika Yana Nastya Katya Masha Dasha Natasha Tanya'),
  // Syrian, Iraqi, Afghan, Somali and other Arabic-speaking or Muslim
  ...words('Ahmad Khaled Rami Tarek Samer Hussein Hassan Ali Abdullah Mahmoud Yazan Karam Jad Majd Amjad Ghaith Mohannad Muhannad Obada Qusai'),
  ...words('Hamid Jawad Mustafa Nawid Farid Sayed Wahid Zabihullah Abdi Abdirahman Abdullahi Mohamud Yusuf Ayaan Hodan Hamdi Faadumo Ifrah'),
  ...words('Lana Rama Sham Joudi Layan Rahaf Reem Hala Dana Maya Yasmin Shahed Bushra Rasha Huda Rawan Ruba Sidra Tala Leen Jana Dima Aseel'),
  ...words('Farah Farida Fariba Laila Mariam Maryam Marwa Nadia Parisa Samira Shirin Sana Soraya Zahra Zeinab Yara Ranim Ghazal Mahsa Nazanin'),
  // Eritrean and Ethiopian
  ...words('Yonas Yohannes Tesfay Tesfaye Mehari Mussie Filmon Dawit Biniam Semere Habtom Kibrom Merhawi Aman Abel Natnael Robel Amanuel Yonatan'),
  ...words('Senait Selam Yodit Saba Mebrat Rahel Luwam Winta Feven Tsega Tigist Freweyni Almaz Mihret Helen Ruth Elsa Eden Hiwet Lidya Meron'),
  // English and international
  ...words('Oliver Jack Harry George Charlie Jacob Oscar William James Henry Alfie Joshua Freddie Archie Ethan Isaac Alexander Joseph Edward'),
  ...words('Samuel Max Logan Theo Arthur Harrison Mason Sebastian Finley Dylan Zachary Riley Teddy Jayden Tyler Kyle Aiden Brandon Connor Elijah'),
  ...words('Jordan Jayson Jason Justin Lewis Louis Matthew Michael Nathaniel Rhys Ryan Toby Tommy Tom Chris Christopher Andrew John Jonathan Steven'),
  ...words('Amelia Isla Ava Emily Mia Poppy Evie Grace Sophia Chloe Freya Sienna Phoebe Alice Florence Ruby Scarlett Matilda Harper Evelyn'),
  ...words('Jessica Sarah Laura Rebecca Megan Lauren Jennifer Michelle Kelly Chelsea Jade Brooke Ellie Millie Lily Daisy Holly Molly Abigail Amelie'),
  ...words('Ashley Bella Caitlin Courtney Danielle Eleanor Elizabeth Georgia Hayley Imogen Jasmine Katie Leah Lucy Madison Natalie Paige Rachel'),
  // Romance and other European
  ...words('Mateo Matteo Leonardo Lorenzo Alessandro Francesco Giulia Chiara Francesca Alejandro Pablo Diego Lucía Carmen Valentina Camila Gabriel'),
  ...words('João Tiago Inês Beatriz Gonçalo Andrei Alexandru Ionut Mihai Ioana Elena Andreea Bianca Georgi Dimitar Nikolai Petar Ivana Maria Mariya'),
  ...words('Nikola Luka Marko Stefan Milica Jelena Ana Mateja Ahmed Emir Amar Edin Lejla Amra Selma Ajla Nermin Dino Kenan Arian Kian Aryan'),
  ...words('Chen Wei Li Ming Jun Hui Yan Ling Mei Xin Yu Hao Lin Duc Minh Linh Thanh Hoa Nguyen Kofi Kwame Ama Akosua Adjoa Chidi Ngozi Emeka'),
];

/**
 * First names that are also ordinary Dutch or English words ("mark", "roos", "will"): flagged when capitalised
 * mid-sentence, after a title or with a possessive, never on their own in lowercase, where the word is far more likely.
 */
export const COMMON_WORD_NAMES: readonly string[] = words(
  'mark roos will may rose bas april june august jack grace hope joy faith lily daisy iris jade ruby amber summer robin rob ben jan els harm said can ' +
    'mats max guy pat bill don ray dean art ken sue eden frank nick lot floor holly ivy hazel olive pearl willow miles chase hunter ' +
    'lance grant feline job jet storm sky sam ties dewi lize fem ola li wei yu ming jun hui yan ling mei xin hao lin ana ama nur gul ' +
    'sham leen rover kick rein ton greet joke lies precious roman poppy teddy dino lieve valentijn',
);

/**
 * Common-word names that also open ordinary sentences ("Will you…", "May I…", "Ben je…", "Can you…"): at a sentence
 * start they count only with another cue.
 */
export const SENTENCE_OPENER_NAMES: readonly string[] = words('will may can ben hope said job max guy grant lance chase summer storm sky art frank jan lieve');

/**
 * Surnames that are not ordinary words, so a capitalised one on its own is read as a name. Dutch first (the most
 * common ones), then the backgrounds above.
 */
export const SURNAMES: readonly string[] = [
  ...words('Jansen Janssen Dijkstra Smits Hendriks Hendrikx Peters Dekker Meijer Meyer Vermeulen Willems Kuipers Hoekstra Huisman Schouten Jacobs'),
  ...words('Postma Verhoeven Scholten Mulder Bosman Boersma Brouwers Claassen Dijkman Evers Gerritsen Hermans Hofman Jonker Kuijpers Maas Smit'),
  ...words('Martens Mertens Michels Nijhuis Pieters Prinsen Rutten Sanders Sijbesma Timmermans Veenstra Verbeek Vermeer Vink Wijnands Wouters'),
  ...words('Zijlstra Hoogland Wolters Snijders Brinkman Dijkhuis Kuiper Lammers Mulders Oosterhuis Raaijmakers Schuurman Teunissen Verschuren'),
  ...words('Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat'),
  ...words('Amrani Bouzid Boukhari Benali Haddou Aziz Chaouch Bouali Ouali Azzouzi Tahiri Idrissi Alaoui Bakkali Belhaj Bousaid Chakir Elkadi'),
  ...words('Kowalski Kowalska Nowak Wiśniewski Wiśniewska Wójcik Kowalczyk Kamiński Kamińska Lewandowski Lewandowska Zieliński Szymański Woźniak'),
  ...words('Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Boyko Kovalchuk Oliinyk Shevchuk Polishchuk Lysenko Marchenko Savchenko'),
  ...words('Haddad Khalil Hamoud Hassan Hussein Ibrahim Mansour Nasser Saleh Sultan Yousef Darwish Tesfay Haile Gebremedhin Tekle Kidane Ghebre'),
  ...words('Ramdin Ramsaran Jagesar Sewdien Mahabier Baldew Ramkisoen Kanhai Soekhoe Bhagwandin Doekhi Biharie Pinas Kross Tjon Fung Chin Wong'),
];

/** Surnames that are also ordinary words ("bakker", "visser", "bos"): names only after a first name or a title. */
export const WORD_SURNAMES: readonly string[] = words(
  'Bakker Visser Brouwer Koster Kramer Kok Vos Bos Boer Groot Mol Prins Post Koning Hoek Molenaar Schipper Smid',
);

/**
 * The part after a particle in common Dutch surnames ("de Vries", "van den Berg"). Many are ordinary words ("jong",
 * "berg"), so they count only after a particle that follows a first name or title, or capitalised after the particle.
 */
export const PARTICLE_SURNAME_CORES: readonly string[] = words(
  'vries jong berg dijk meer boer groot bruijn bruin linden wit graaf leeuwen heijden broek haan wijk dam wal beek vliet lange veen rijn laan ' +
    'bosch bos hoek velde ven heuvel put zanden loon bergh brink pol wetering burg kamp horst ham hout laar poel water zande ende werf steen ' +
    'hulst akker bosse kerkhof klerk koning goede haas ruiter vos wind zwart jonge leeuw beer valk mol meulen molen sande sluis stoep molen ' +
    'amrani idrissi khattabi hamdaoui ouali boukhari azzouzi',
);
