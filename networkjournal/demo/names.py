"""Given and family names from the many cultures of a London address book.

Pools are whitespace-separated; ``_`` stands for a space inside one name
("da_Silva").  Names in other scripts are written ``native:latin`` so that
addresses can be made from them.  The weights are a rough picture of London,
not a census.
"""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Culture:
    """Name pools of one culture, and how often its names turn up."""

    name: str
    weight: float
    given: tuple[str, ...]
    family: tuple[str, ...]
    family_first: bool = False  # written family name first, with no space (陈晓雯)

    @property
    def native_script(self) -> bool:
        """Whether the names are written in a script other than Latin."""
        return ":" in self.given[0]


@dataclass(frozen=True)
class Name:
    """A generated name, with its Latin spelling for addresses."""

    given: str
    family: str
    display: str
    latin_given: str
    latin_family: str


def _pool(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(word.replace("_", " ") for word in text.split()))


CULTURES: tuple[Culture, ...] = (
    Culture(
        "British",
        26,
        _pool("""
            Oliver George Harry Jack Charlie Thomas James William Henry Alfie Archie Freddie
            Oscar Leo Arthur Noah Jacob Joshua Daniel Samuel Benjamin Edward Alexander Joseph
            Max Isaac Theo Ethan Callum Lewis Ryan Connor Jamie Rhys Owen Dylan Gareth Iwan Euan
            Finlay Angus Matthew Luke Adam Nathan Tom Ben Olivia Amelia Isla Ava Emily Sophie
            Grace Lily Freya Ella Poppy Evie Isabella Charlotte Florence Alice Harriet Imogen
            Rosie Matilda Jessica Hannah Lucy Megan Chloe Eleanor Phoebe Abigail Katie Rebecca
            Laura Sarah Rachel Emma Holly Georgia Eilidh Catrin Cerys Bethan Kirsty Fiona Ffion
            Seren Jasmine Zara Maisie Beatrice Hugo Rupert Jasper Felix Sebastian Toby Kieran
            Ellis Reece Jordan Jade Shannon Courtney Tyler Kayleigh Darren Carl Dean Paul Mark
            Stephen Andrew Peter David Michael Richard Christopher Simon Susan Helen Alison
            Claire Joanne Nicola Gemma Deborah Margaret Elizabeth
        """),
        _pool("""
            Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson
            Thompson Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Jackson
            Wood Turner Martin Cooper Hill Ward Morris Moore Clark King Baker Harrison Morgan
            Allen James Scott Phillips Watson Davis Parker Price Bennett Young Griffiths Mitchell
            Cook Carter Richardson Bailey Collins Bell Shaw Miller Cox Richards Marshall Anderson
            Simpson Ellis Adams Wilkinson Foster Chapman Powell Webb Rogers Gray Mason Hunt
            Campbell Matthews Owen Palmer Holmes Mills Barnes Knight Lloyd Butler Russell Barker
            Fisher Stevens Jenkins Murray Dixon Harvey Graham Pearson Fletcher Gibson Howard
            Andrews Stewart Elliott Reynolds Saunders Payne Fox Ford Pearce Brooks West Lawrence
            Cole Atkinson Bradley Spencer Dawson Burton Watts Rose Booth Perry Grant Wells
            Armstrong Francis Rees Hayes Hart Hudson Newman Barrett Webster Hunter Gregory Carr
            Lowe Page Marsh Riley Dunn Woods Parsons Berry Stone Reid Holland Hawkins Harding
            Porter Robertson Newton Reed Williamson Bird Gardner Lane Cooke Bates Henderson Parry
            Burgess Bishop Walton Nicholson Shepherd Ross Cross Freeman Warren Hamilton Sutton
            McDonald Yates Hodgson Robson Curtis Hopkins Harper Coleman Watkins Moss Chambers
            Sharp Hardy Wheeler Potter Osborne Johnston Gordon Wallace Hutchinson Rowe Pritchard
            Gilbert Willis Stevenson Hammond Arnold Buckley Walters Hewitt Barber Nelson Slater
            Whitehead Frost Lambert Blake Goodwin Barton Woodward Cunningham Baxter Clayton Nash
            Greenwood Jennings Holt Kemp Poole Bond Stokes Tucker Davidson Fowler Heath Norman
            Middleton Lawson Banks French Stanley Jarvis Gibbs Ferguson Hayward Douglas Todd
            Barlow Knowles Hartley Morrison Norris Townsend Preston Hancock Thornton Vaughan Pugh
        """),
    ),
    Culture(
        "Irish",
        4,
        _pool("""
            Aoife Siobhán Niamh Saoirse Caoimhe Róisín Sinéad Orla Clodagh Gráinne Ailbhe Áine
            Ciara Eimear Deirdre Maeve Úna Bríd Cian Oisín Ciarán Darragh Pádraig Seán Eoin
            Tadhg Fionn Ruairí Cathal Dónal Colm Diarmuid Conor Declan Eamon Fergal Liam Rory
        """),
        _pool("""
            Murphy Kelly O'Sullivan Walsh O'Brien Byrne Ryan O'Connor O'Neill O'Reilly Doyle
            McCarthy Gallagher Doherty Kennedy Lynch Murray Quinn Moore McLoughlin Carroll
            Connolly Daly Connell Dunne Brennan Burke Collins Campbell Clarke Johnston Hughes
            Farrell Fitzgerald Brown Martin Maguire Nolan Flynn Thompson Callaghan O'Donnell
            Duffy Mahony Boyle Healy Mac_Giolla Ó_Súilleabháin Ó_Ceallaigh
        """),
    ),
    Culture(
        "South Asian",
        9,
        _pool("""
            Aarav Arjun Vihaan Aditya Rohan Karan Rahul Vikram Nikhil Sanjay Rajesh Anil Suresh
            Amit Ravi Harpreet Gurpreet Jaspreet Manpreet Simran Navdeep Inderjit Balwinder Priya
            Ananya Aishwarya Kavya Divya Pooja Neha Shreya Lakshmi Meera Nisha Anjali Deepa
            Sunita Rekha Kiran Asha Devika Ishaan Krishna Sai Hari Arun Vijay Ganesh Karthik
            Tanvi Riya Aditi Shalini Radhika Bhavna Hetal Dhruv Jay Nirav Mihir Chirag Hiral
        """),
        _pool("""
            Patel Shah Sharma Singh Kaur Gupta Mehta Desai Joshi Kumar Verma Reddy Nair Iyer
            Menon Pillai Rao Krishnan Raghunathan Subramaniam Venkatesh Chatterjee Banerjee
            Mukherjee Ghosh Bose Das Sen Dutta Chopra Kapoor Malhotra Khanna Bhatia Sethi Arora
            Sandhu Gill Dhillon Sidhu Grewal Bains Johal Thakkar Parekh Modi Vyas Trivedi Pandya
            Nayak Kulkarni Deshpande Jain Agarwal Mistry Chauhan Solanki Lad Naidu Varma
        """),
    ),
    Culture(
        "Pakistani and Bangladeshi",
        7,
        _pool("""
            Muhammad Ahmed Ali Hassan Hussain Bilal Hamza Imran Faisal Usman Zain Ayaan Rehan
            Adnan Tariq Kamran Shahid Asif Nadeem Junaid Saif Rizwan Arif Farhan Rafiq Abdul
            Aisha Fatima Ayesha Maryam Zainab Sana Hina Amina Nadia Samina Shazia Rabia Saima
            Farah Noor Iqra Mehwish Tahmina Nusrat Rumana Shirin Jannat Sumaiya Tasnim Rukhsana
        """),
        _pool("""
            Khan Ahmed Ali Hussain Rahman Begum Akhtar Iqbal Malik Butt Chaudhry Qureshi Siddiqui
            Sheikh Mirza Raza Shah Bhatti Javed Aslam Mahmood Anwar Latif Rashid Karim Haque
            Islam Uddin Miah Chowdhury Hossain Alam Sarkar Talukdar Khatun Mollah Bashir Nawaz
            Zaman Farooq Saeed Abbasi Hashmi Rizvi Jafri Kazmi Awan Dar Lone Baig
        """),
    ),
    Culture(
        "West African",
        7,
        _pool("""
            Adebayo Oluwaseun Olumide Babatunde Tunde Femi Kunle Segun Dapo Tobi Tolu Kemi
            Folake Bisi Funmi Yetunde Adaeze Chiamaka Ngozi Chioma Nneka Ifeoma Uchenna Chidi
            Emeka Obinna Ikenna Chukwudi Nnamdi Kelechi Amaka Ebere Kwame Kofi Kwabena Yaw
            Kojo Kwaku Ama Akosua Abena Efua Adwoa Esi Yaa Afua Nana Blessing Precious Favour
            Temitope Damilola Oluwatobi Ayomide Fatou Aminata Mariama Ousmane Moussa Ibrahima
        """),
        _pool("""
            Adeyemi Adebayo Okafor Okonkwo Nwosu Eze Obi Okeke Nwachukwu Uchenna Onyeka Ibe
            Ogunleye Olatunji Bankole Adeleke Akinola Oyelaran Afolabi Balogun Oladipo Oyewole
            Mensah Owusu Boateng Asante Osei Agyeman Appiah Darko Ofori Amoah Adjei Acheampong
            Quaye Tetteh Addo Annan Badu Danso Sesay Kamara Koroma Conteh Bangura Diallo Ndiaye
            Sow Camara Traoré Jallow Ceesay Touray
        """),
    ),
    Culture(
        "East African",
        3,
        _pool("""
            Abdi Mohamed Ahmed Hodan Faduma Amran Ayan Hibo Sagal Warsame Liban Mahad Yonas
            Dawit Selam Hanna Meron Eden Tigist Bereket Abel Samuel Kidist Rahel Wanjiru Achieng
            Otieno Kamau Njeri Akinyi Wambui Baraka Neema Amani Zawadi Juma
        """),
        _pool("""
            Abdi Hassan Warsame Farah Jama Osman Ali Yusuf Aden Hersi Omar Nur Tesfaye Haile
            Bekele Gebre Tadesse Alemu Mekonnen Kebede Girma Mengistu Kamau Otieno Odhiambo
            Mwangi Njoroge Wanjiku Kiprop Chebet Mutua Onyango Nyambura Okello Mugisha
        """),
    ),
    Culture(
        "Chinese",
        4,
        _pool("""
            Wei Jie Hao Yu Jun Ming Lei Tao Bo Chen Xin Yan Ying Jing Li Mei Hui Xiaowen Yiming
            Zihan Haoran Yuxuan Ziyi Jiayi Xinyi Wing Ka-Ming Hoi-Yan Man-Kit Siu-Fung Mei-Ling
            Kar-Wai Tsz-Ching Wai-Lun Yat-Sen Suet-Yee Chi-Wai
        """),
        _pool("""
            Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo
            Gao Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan
            Wong Chan Cheung Leung Lau Ho Ng Lam Tsang Yip Chow Kwok Tse Fung Mak Lai Choi
        """),
    ),
    Culture(
        "East and South-East Asian",
        4,
        _pool("""
            Ji-woo Seo-yeon Min-jun Ha-eun Do-yun Ji-ho Seo-jun Soo-ah Hyun-woo Eun-ji Yuki
            Haruto Sakura Yui Ren Sota Aoi Hina Kenji Takeshi Emi Naoko Minh Linh Anh Thao Huong
            Duc Tuan Quang Lan Mai Nguyet Jose Maria Angelica Mark Kristine Jericho Ana Paolo
            Siti Nurul Aziz Farid Hafiz Aisyah
        """),
        _pool("""
            Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Shin Seo Kwon Hwang Ahn Song
            Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida
            Nguyen Tran Le Pham Hoang Vu Dang Bui Do Ngo Duong Santos Reyes Cruz Bautista
            Garcia Mendoza Villanueva Dela_Cruz Aquino Ramos Abdullah Ismail Rahim Tan Lim Goh
        """),
    ),
    Culture(
        "Eastern European",
        7,
        _pool("""
            Jakub Kacper Szymon Mateusz Bartłomiej Tomasz Piotr Krzysztof Łukasz Paweł Michał
            Wojciech Zofia Zuzanna Julia Maja Katarzyna Agnieszka Małgorzata Magdalena Joanna
            Aleksandra Monika Ewa Andrei Mihai Ionuț Alexandru Ioana Elena Andreea Bianca
            Georgi Dimitar Ivan Nikolai Petya Desislava Rumen Lukas Mantas Tomas Rūta Ieva
            Oksana Olena Taras Dmytro Yulia Natalia Bogdan Marek Ondřej Jana Lenka Tereza
        """),
        _pool("""
            Nowak Kowalski Wiśniewska Wójcik Kowalczyk Kamiński Lewandowski Zieliński
            Zielińska Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski
            Krawczyk Piotrowski Grabowski Nowakowski Pawłowski Michalski Popescu Ionescu Popa
            Dumitru Stoica Stan Gheorghe Rusu Munteanu Matei Constantin Ivanov Petrova Georgiev
            Dimitrova Nikolov Stoyanov Todorova Kazlauskas Petrauskas Jankauskas Vasiliauskas
            Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Horvat Novák Svoboda
            Dvořák Černá Procházka Kučera Horváth Nagy Szabó Tóth
        """),
    ),
    Culture(
        "Southern European",
        6,
        _pool("""
            Matteo Alessandro Lorenzo Francesco Leonardo Giulia Chiara Francesca Sofia Martina
            Giorgia Federica Marco Luca Davide Andrea Pablo Javier Alejandro Carlos Diego Lucía
            Carmen Marta Paula Elena Inés Nuria João Tiago Rui Miguel Pedro Beatriz Mariana
            Inês Catarina Joana Rita Nikos Giorgos Dimitris Kostas Yannis Eleni Maria Sofia
            Katerina Despina Anastasia
        """),
        _pool("""
            Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo
            Conti De_Luca Costa Giordano Mancini Rizzo Lombardi Moretti García Fernández
            González Rodríguez López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández
            Díaz Moreno Álvarez Silva Santos Ferreira Pereira Oliveira Carvalho Rodrigues
            Almeida Sousa Gonçalves da_Silva Papadopoulos Papadopoulou Georgiou Nikolaidis
            Christodoulou Konstantinou Ioannou Demetriou Antoniou Vassiliou Michaelides
        """),
    ),
    Culture(
        "Western European",
        3,
        _pool("""
            Louis Gabriel Raphaël Jules Hugo Léa Chloé Manon Camille Inès Zoé Élodie Mathilde
            Lukas Leon Finn Jonas Felix Mia Emma Hannah Lena Anna Sven Lars Erik Astrid Ingrid
            Freja Sanne Daan Bram Lotte Femke Thijs Sophie Margaux Amélie
        """),
        _pool("""
            Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent
            Lefèvre Michel Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz
            Hoffmann de_Jong Jansen de_Vries van_den_Berg Bakker Visser Smit Meijer Larsen
            Hansen Johansson Andersson Nilsen Lindqvist Berg Eriksson
        """),
    ),
    Culture(
        "Arabic",
        4,
        _pool("""
            Omar Youssef Khalid Karim Rami Tarek Samir Walid Ziad Nabil Fadi Hadi Majid Faris
            Layla Leila Yasmin Rania Dina Salma Nour Hala Reem Lina Maya Jana Mariam Huda Samira
            Amira Sara Rana Ghada Mona Ibrahim Mustafa Ahmad Mahmoud
        """),
        _pool("""
            Haddad Khoury Nasser Hamdan Saleh Mansour Aziz Khalil Haddad Salem Farouk Sabbagh
            Abboud Halabi Darwish Najjar Hakim Ibrahim Suleiman Al-Sayed Al-Rashid Al-Hashimi
            El-Amin Benali Bensaid El_Fassi Bouazza Chaoui Mahfouz Shaheen Qasim Barakat Jaber
            Zaid Hijazi Shami Tamimi Masri Kassab
        """),
    ),
    Culture(
        "Turkish, Kurdish and Iranian",
        4,
        _pool("""
            Mehmet Mustafa Ahmet Emre Burak Can Deniz Elif Zeynep Ayşe Fatma Esra Selin Merve
            Ece Kerem Ozan Serkan Rojda Rojin Berfin Dilan Azad Baran Arash Dariush Kian Navid
            Reza Babak Shirin Parisa Maryam Niloufar Roya Yasaman Leyla Soraya
        """),
        _pool("""
            Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan
            Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Ahmadi Hosseini Karimi
            Rezaei Moradi Mohammadi Jafari Rahimi Hashemi Sadeghi Tehrani Farahani Ghorbani
            Bakhtiari Zand
        """),  # noqa: RUF001 (the dotless i of Turkish names is meant)
    ),
    Culture(
        "Latin American",
        3,
        _pool("""
            Santiago Sebastián Mateo Nicolás Matías Emiliano Valentina Camila Isabella Daniela
            Mariana Gabriela Luciana Ximena Renata Catalina Juan_Pablo Andrés Felipe Joaquín
            Thiago Gustavo Rafael Bruno Larissa Fernanda Letícia Júlia Vitória Guadalupe
        """),
        _pool("""
            Ramírez Morales Castillo Vargas Rojas Herrera Medina Aguilar Guerrero Ortiz Castro
            Ríos Mendoza Cárdenas Salazar Navarro Delgado Vega Soto Cabrera Restrepo Zapata
            Londoño Quintero Sepúlveda Barbosa Ribeiro Lima Araújo Nascimento Cavalcanti Moura
        """),
    ),
    Culture(
        "Jewish",
        1,
        _pool("""
            Noa Tamar Yael Shira Maya Talia Naomi Miriam Rivka Avi Eitan Yonatan Ari Noam Asher
            Eli Ezra Gideon Reuben Levi Shoshana Dalia Ilana Hadas
        """),
        _pool("""
            Cohen Levy Goldberg Friedman Shapiro Katz Rosenberg Schwartz Klein Weiss Goldstein
            Silverman Rubin Bernstein Kaplan Abrams Segal Stern Adler Baum Landau Margolis
        """),
    ),
    Culture(
        "Chinese (characters)",
        1,
        _pool("""
            伟:Wei 芳:Fang 娜:Na 敏:Min 静:Jing 丽:Li 强:Qiang 磊:Lei 洋:Yang 勇:Yong 艳:Yan
            杰:Jie 娟:Juan 涛:Tao 明:Ming 超:Chao 秀英:Xiuying 晓雯:Xiaowen 子涵:Zihan 浩然:Haoran
            欣怡:Xinyi 雨桐:Yutong 梓萱:Zixuan 宇轩:Yuxuan
        """),
        _pool("""
            王:Wang 李:Li 张:Zhang 刘:Liu 陈:Chen 杨:Yang 黄:Huang 赵:Zhao 吴:Wu 周:Zhou 徐:Xu
            孙:Sun 马:Ma 朱:Zhu 胡:Hu 郭:Guo 何:He 林:Lin 罗:Luo 高:Gao
        """),
        family_first=True,
    ),
    Culture(
        "Arabic (script)",
        0.6,
        _pool("""
            محمد:Mohammed أحمد:Ahmed علي:Ali عمر:Omar يوسف:Youssef خالد:Khalid كريم:Karim
            فاطمة:Fatima ليلى:Layla مريم:Mariam نور:Nour سارة:Sara هدى:Huda ريم:Reem
        """),
        _pool("""
            الحسن:Al-Hassan الفاسي:El-Fassi حداد:Haddad خوري:Khoury منصور:Mansour نصار:Nassar
            الرشيد:Al-Rashid العلي:Al-Ali صالح:Saleh إبراهيم:Ibrahim
        """),
    ),
    Culture(
        "Greek and Cyrillic (script)",
        0.6,
        _pool("""
            Νίκος:Nikos Γιώργος:Giorgos Ελένη:Eleni Μαρία:Maria Δημήτρης:Dimitris Σοφία:Sofia
            Алексей:Aleksei Дмитрий:Dmitrii Анна:Anna Ольга:Olga Наталья:Natalya Сергей:Sergei
        """),
        _pool("""
            Παπαδόπουλος:Papadopoulos Γεωργίου:Georgiou Νικολάου:Nikolaou Ιωάννου:Ioannou
            Смирнов:Smirnov Иванов:Ivanov Кузнецов:Kuznetsov Попов:Popov Соколов:Sokolov
        """),
    ),
)

MIXED = 0.3  # how often a family name comes from another culture than the given name
_WEIGHTS = [c.weight for c in CULTURES]
_LATIN_CULTURES = [c for c in CULTURES if not c.native_script]
_LATIN_WEIGHTS = [c.weight for c in _LATIN_CULTURES]


def _split(word: str) -> tuple[str, str]:
    native, _, latin = word.partition(":")
    return native, latin or native


def random_name(rng: random.Random) -> Name:
    """Draw a name: mostly one culture's, sometimes given and family names of two."""
    culture = rng.choices(CULTURES, weights=_WEIGHTS)[0]
    given, latin_given = _split(rng.choice(culture.given))
    if culture.native_script or rng.random() >= MIXED:
        family_culture = culture
    else:
        family_culture = rng.choices(_LATIN_CULTURES, weights=_LATIN_WEIGHTS)[0]
    family, latin_family = _split(rng.choice(family_culture.family))
    display = family + given if culture.family_first else f"{given} {family}"
    return Name(given, family, display, latin_given, latin_family)
